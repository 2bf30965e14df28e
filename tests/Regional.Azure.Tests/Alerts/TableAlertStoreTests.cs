using Regional.Alerts;
using Regional.Alerts.Lifecycle;
using Regional.Alerts.Silences;
using Regional.Catalogs;
using Regional.Engine;
using Regional.Periods;
using Regional.Storage;

namespace Regional.Azure.Tests.Alerts;

public sealed class TableAlertStoreTests(AzuriteFixture azurite) : StorageTest(azurite)
{
    private const string CatalogId = "sichuan";
    private static readonly DateTimeOffset At = new(2025, 10, 20, 8, 0, 0, TimeSpan.FromHours(8));
    private static readonly AlertKey Key = new("510400", RuleIds.GrowthTarget, "gdp_growth");

    private IAlertStore Alerts => Storage.Get<IAlertStore>();

    private static AlertEpisode Episode(AlertCondition condition = AlertCondition.Firing, string region = "510400") => new(
        AlertIds.For(Key with { RegionCode = region }, Period.Parse("2025-Q2")),
        Key with { RegionCode = region },
        condition,
        Severity.Major,
        "lagging",
        Period.Parse("2025-Q2"),
        At,
        Period.Parse("2025-Q3"),
        2,
        3.1,
        false,
        null,
        null,
        null,
        "t-2",
        TransitionKind.Escalated,
        At,
        "Panzhihua: GDP growth lagging",
        "攀枝花市：地区生产总值增长落后",
        At);

    private static AlertEvent Line(string id, string alertId, AlertEventKind kind, DateTimeOffset at) =>
        new(id, alertId, kind, Period.Parse("2025-Q3"), at, Severity.Major, 3.1, 6.0, -2.9, 2, Notified: true, MessageEn: "m", MessageZh: "消息");

    [Fact]
    public async Task EpisodeAndItsHistoryReadBackInOrderAndRecordingAgainAddsNothing()
    {
        var episode = Episode();
        var lines = new[] { Line("t-2", episode.Id, AlertEventKind.Escalated, At), Line("t-1", episode.Id, AlertEventKind.New, At.AddDays(-90)) };

        await Alerts.RecordAsync(CatalogId, [episode], lines);
        await Alerts.RecordAsync(CatalogId, [episode], lines);

        var record = await Alerts.GetAsync(CatalogId, episode.Id);
        Assert.Equal(episode, record!.Episode);
        Assert.Equal(AlertResponse.None, record.Response);
        Assert.Equal(["t-1", "t-2"], (await Alerts.HistoryAsync(CatalogId, episode.Id)).Select(e => e.Id));
        Assert.Equal("消息", (await Alerts.HistoryAsync(CatalogId, episode.Id))[0].MessageZh);
    }

    [Fact]
    public async Task ListingFiltersByConditionAndRegion()
    {
        await Alerts.RecordAsync(CatalogId, [Episode(), Episode(AlertCondition.Resolved, "510100"), Episode(region: "513400")], []);

        Assert.Equal(3, (await Alerts.ListAsync(CatalogId)).Count);
        Assert.Equal(["510400", "513400"], (await Alerts.ListAsync(CatalogId, AlertCondition.Firing)).Select(r => r.Episode.Key.RegionCode));
        Assert.Equal("510100", Assert.Single(await Alerts.ListAsync(CatalogId, AlertCondition.Resolved)).Episode.Key.RegionCode);
        Assert.Equal("513400", Assert.Single(await Alerts.ListAsync(CatalogId, regionCode: "513400")).Episode.Key.RegionCode);
        Assert.Empty(await Alerts.ListAsync(CatalogId, regionCode: "510400' or RowKey ne '"));
    }

    [Fact]
    public async Task EvaluationWritingTheEpisodeAgainKeepsTheAcknowledgement()
    {
        var episode = Episode();
        await Alerts.RecordAsync(CatalogId, [episode], []);
        var record = await Alerts.GetAsync(CatalogId, episode.Id);
        var ack = AlertResponses.Acknowledge(record!, "projects delayed", "Panzhihua DRC", null, new DateOnly(2025, 12, 31), At);

        await Alerts.RespondAsync(CatalogId, episode.Id, ack.Response!, ack.Event!, record!.Version);
        await Alerts.RecordAsync(CatalogId, [episode with { Streak = 3 }], []);

        var after = await Alerts.GetAsync(CatalogId, episode.Id);
        Assert.Equal((3, AlertResponseStatus.Acknowledged, "Panzhihua DRC"), (after!.Episode.Streak, after.Response.Status, after.Response.Owner));
        Assert.Equal(AlertEventKind.Acknowledged, Assert.Single(await Alerts.HistoryAsync(CatalogId, episode.Id)).Kind);
    }

    [Fact]
    public async Task ResponseBasedOnAStaleVersionIsRefused()
    {
        var episode = Episode();
        await Alerts.RecordAsync(CatalogId, [episode], []);
        var read = await Alerts.GetAsync(CatalogId, episode.Id);
        var first = AlertResponses.Acknowledge(read!, "first", "A", null, null, At);
        var second = AlertResponses.Acknowledge(read!, "second", "B", null, null, At.AddMinutes(1));

        await Alerts.RespondAsync(CatalogId, episode.Id, first.Response!, first.Event!, read!.Version);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Alerts.RespondAsync(CatalogId, episode.Id, second.Response!, second.Event!, read.Version));
        Assert.Equal("A", (await Alerts.GetAsync(CatalogId, episode.Id))!.Response.Owner);
    }

    [Fact]
    public async Task SilenceIsStoredListedAndExpiredEarly()
    {
        var silences = Storage.Get<ISilenceStore>();
        var silence = new Silence("s-1", new SilenceMatcher("510400", Severity: Severity.Major), At, At.AddDays(7), "duty desk", "data under review", At);

        await silences.AddAsync(CatalogId, silence);
        var expired = await silences.ExpireAsync(CatalogId, "s-1", At.AddDays(1));

        Assert.Equal(silence with { EndsAt = At.AddDays(1) }, expired);
        Assert.Equal(expired, Assert.Single(await silences.ListAsync(CatalogId)));
        Assert.False(expired!.IsActive(At.AddDays(2)));
        Assert.Null(await silences.ExpireAsync(CatalogId, "s-unknown", At));
    }
}
