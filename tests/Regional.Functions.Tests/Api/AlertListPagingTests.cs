using Regional.Alerts;
using Regional.Alerts.Lifecycle;
using Regional.Api.Contracts;
using Regional.Catalogs;
using Regional.Periods;
using Regional.Storage;
using static Regional.Functions.Tests.Payloads;

namespace Regional.Functions.Tests.Api;

/// <summary>The alert list over many stored alerts: pages read from the listing index, in order, for each caller.</summary>
public sealed class AlertListPagingTests(AzuriteFixture azurite) : ApiTest(azurite)
{
    private static readonly DateTimeOffset At = new(2025, 10, 20, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task PagesOfTwoHundredWalkTwelveHundredAlertsNewestFirstThenById()
    {
        var episodes = await StoredAsync(1200);

        var pages = await WalkAsync("/api/alerts?pageSize=200", As.ProvinceViewer);

        Assert.Equal(6, pages.Count);
        Assert.All(pages, p => Assert.Equal(200, p.Length));
        Assert.Equal(
            episodes.OrderByDescending(e => e.StartedPeriod).ThenBy(e => e.Id, StringComparer.Ordinal).Select(e => e.Id),
            pages.SelectMany(p => p).Select(a => a.Id));
    }

    [Fact]
    public async Task ARegionScopedCallerNeverSeesAnotherRegionsAlertOnAnyPage()
    {
        var episodes = await StoredAsync(600);

        var chengdu = (await WalkAsync("/api/alerts?pageSize=7", As.ChengduViewer)).SelectMany(p => p).ToList();
        var firing = (await WalkAsync("/api/alerts?pageSize=5&status=firing", As.ChengduResponder)).SelectMany(p => p).ToList();
        var bureau = (await WalkAsync("/api/alerts?pageSize=150", As.ProvinceSubmitter)).SelectMany(p => p).ToList();

        Assert.All(chengdu.Concat(firing), a => Assert.Equal(As.Chengdu, a.RegionCode));
        Assert.Equal(episodes.Count(e => e.Key.RegionCode == As.Chengdu), chengdu.Count);
        Assert.Equal(episodes.Count(e => e.Key.RegionCode == As.Chengdu && e.Condition == AlertCondition.Firing), firing.Count);
        Assert.Equal(episodes.Count, bureau.Count);
    }

    [Fact]
    public async Task CombinedFiltersListExactlyTheAlertsThatMatchEveryOne()
    {
        var episodes = await StoredAsync(600);

        var listed = (await WalkAsync("/api/alerts?pageSize=9&status=firing&severity=warning&period=2023-Q4", As.ProvinceViewer)).SelectMany(p => p).ToList();
        var oneRegion = (await WalkAsync($"/api/alerts?pageSize=9&severity=critical&region=510400&period=2023-12", As.ProvinceViewer)).SelectMany(p => p).ToList();

        var q4 = Period.Parse("2023-Q4");
        var december = Period.Parse("2023-12");
        Assert.NotEmpty(listed);
        Assert.NotEmpty(oneRegion);
        Assert.Equal(
            Ordered(episodes.Where(e => e.Condition == AlertCondition.Firing && e.Severity == Severity.Warning && AlertQuery.Spans(e, q4))),
            listed.Select(a => a.Id));
        Assert.Equal(
            Ordered(episodes.Where(e => e.Severity == Severity.Critical && e.Key.RegionCode == "510400" && AlertQuery.Spans(e, december))),
            oneRegion.Select(a => a.Id));
    }

    [Fact]
    public async Task AnAcknowledgedAlertMovesFromNewToAcknowledgedAtOnce()
    {
        var episodes = await StoredAsync(300);
        var alert = episodes.First(e => e.Key.RegionCode == As.Chengdu && e.Condition == AlertCondition.Firing);
        var before = (await WalkAsync("/api/alerts?pageSize=50&status=new", As.ChengduViewer)).SelectMany(p => p).ToList();

        Ok<AlertDocument>(await Api.Post($"/api/alerts/{alert.Id}/acknowledge", As.ChengduResponder, "application/json", """{ "note": "on it" }"""));

        var unanswered = (await WalkAsync("/api/alerts?pageSize=50&status=new", As.ChengduViewer)).SelectMany(p => p).ToList();
        var acknowledged = (await WalkAsync("/api/alerts?pageSize=50&status=acknowledged", As.ChengduViewer)).SelectMany(p => p).ToList();
        Assert.Contains(before, a => a.Id == alert.Id);
        Assert.DoesNotContain(unanswered, a => a.Id == alert.Id);
        Assert.Equal(before.Count - 1, unanswered.Count);
        Assert.Equal((alert.Id, "on it"), (Assert.Single(acknowledged).Id, acknowledged[0].Response.Note));
    }

    /// <summary>
    /// Alerts over every region of the bundled catalog with start periods of two frequencies, both conditions and
    /// three severities, recorded as the evaluation pipeline records them.
    /// </summary>
    private async Task<List<AlertEpisode>> StoredAsync(int count)
    {
        List<AlertEpisode> episodes =
        [
            .. Enumerable.Range(0, count).Select(i =>
            {
                var key = new AlertKey(Regions[i % Regions.Length], i % 2 == 0 ? "growth-target" : "debt-warning-line", $"indicator_{i / Regions.Length:D3}");
                var started = i % 5 == 0 ? Period.Month(2023, 1).Shift(i % 24) : Period.Quarter(2023, 1).Shift(i % 9);
                var resolved = i % 4 == 0 ? started.Shift(1) : (Period?)null;
                return new AlertEpisode(
                    AlertIds.For(key, started), key, resolved is null ? AlertCondition.Firing : AlertCondition.Resolved,
                    (Severity)(2 + (i % 3)), "lagging", started, At, resolved ?? started.Shift(i % 3), 1, 3.1, false,
                    resolved, resolved is null ? null : At, null, $"t-{i}", TransitionKind.New, At, $"alert {i}", $"告警 {i}");
            }),
        ];
        await App.Get<IAlertStore>().RecordAsync(CatalogId, episodes, []);
        return episodes;
    }

    private async Task<List<AlertView[]>> WalkAsync(string path, string? caller)
    {
        var pages = new List<AlertView[]>();
        string? token = null;
        do
        {
            var page = Ok<AlertPage>(await Api.Get(path + (token is null ? string.Empty : "&continuationToken=" + Uri.EscapeDataString(token)), caller));
            pages.Add([.. page.Alerts]);
            token = page.ContinuationToken;
        }
        while (token is not null && pages.Count < 1000);

        return pages;
    }

    private static IEnumerable<string> Ordered(IEnumerable<AlertEpisode> episodes) =>
        episodes.OrderByDescending(e => e.StartedPeriod).ThenBy(e => e.Id, StringComparer.Ordinal).Select(e => e.Id);
}
