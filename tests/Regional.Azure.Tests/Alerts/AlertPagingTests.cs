using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Regional.Alerts;
using Regional.Alerts.Lifecycle;
using Regional.Azure.Storage;
using Regional.Azure.Tables;
using Regional.Catalogs;
using Regional.Engine;
using Regional.Periods;
using Regional.Storage;

namespace Regional.Azure.Tests.Alerts;

public sealed class AlertPagingTests(AzuriteFixture azurite) : StorageTest(azurite)
{
    private const string CatalogId = "sichuan";
    private static readonly DateTimeOffset At = new(2025, 10, 20, 8, 0, 0, TimeSpan.FromHours(8));
    private static readonly string[] Regions =
    [
        "510100", "510300", "510400", "510500", "510600", "510700", "510800", "510900", "511000", "511100", "511300",
        "511400", "511500", "511600", "511700", "511800", "511900", "512000", "513200", "513300", "513400",
    ];

    private IAlertStore Alerts => Storage.Get<IAlertStore>();

    private TableClient Table => Storage.Table(Storage.Options.AlertsTable);

    [Fact]
    public async Task PagesWalkEveryAlertOnceInListingOrderAcrossManyStoragePages()
    {
        var episodes = Many(1200);
        await Alerts.RecordAsync(CatalogId, episodes, []);
        var expected = Ordered(episodes).Select(e => e.Id).ToList();

        var all = await WalkAsync(AlertQuery.All, 200);
        var unanswered = await WalkAsync(new AlertQuery(Response: AlertResponseStatus.New), 200);

        Assert.Equal(expected, all.Select(r => r.Id));
        Assert.Equal(expected, unanswered.Select(r => r.Id));
    }

    [Fact]
    public async Task CombinedFiltersListWhatTheSameFilterKeepsOfEveryAlert()
    {
        var episodes = Many(400);
        await Alerts.RecordAsync(CatalogId, episodes, []);
        foreach (var episode in episodes.Where((_, i) => i % 7 == 0))
        {
            await AcknowledgeAsync(episode.Id, "owner");
        }

        var stored = await Alerts.ListAsync(CatalogId);
        var twoRegions = new HashSet<string>(["510100", "513400"], StringComparer.Ordinal);
        var manyRegions = Regions.Take(20).Concat(Enumerable.Range(0, 20).Select(i => $"9{i:D5}")).ToHashSet(StringComparer.Ordinal);
        AlertQuery[] queries =
        [
            new(AlertCondition.Firing, Severity.Major),
            new(Region: "510400", At: Period.Parse("2024-Q2")),
            new(AlertCondition.Resolved, ReadableRegions: twoRegions),
            new(ReadableRegions: manyRegions, Severity: Severity.Critical, At: Period.Parse("2024-06")),
            new(Response: AlertResponseStatus.Acknowledged, ReadableRegions: twoRegions),
            new(AlertCondition.Firing, Response: AlertResponseStatus.New, ReadableRegions: manyRegions, At: Period.Parse("2024")),
            new(ReadableRegions: new HashSet<string>(StringComparer.Ordinal)),
        ];

        foreach (var query in queries)
        {
            var expected = stored.Where(query.Matches).Select(r => r.Id).ToList();
            var listed = await WalkAsync(query, 37);
            Assert.True(expected.SequenceEqual(listed.Select(r => r.Id)), $"{query}: {expected.Count} expected, {listed.Count} listed");
        }

        Assert.Contains(queries, q => stored.Count(q.Matches) > 37);
        Assert.All(await WalkAsync(queries[4], 37), r => Assert.Equal("owner", r.Response.Owner));
    }

    [Fact]
    public async Task AnAcknowledgedAlertMovesInTheStatusFilterAtOnceAndARefusedResponseChangesNothing()
    {
        var episodes = Many(3);
        await Alerts.RecordAsync(CatalogId, episodes, []);
        var read = await Alerts.GetAsync(CatalogId, episodes[1].Id);

        await AcknowledgeAsync(episodes[1].Id, "A");
        var stale = AlertResponses.Acknowledge(read!, "late", "B", null, null, At);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Alerts.RespondAsync(CatalogId, episodes[1].Id, stale.Response!, stale.Event!, read!.Version));

        var acknowledged = await WalkAsync(new AlertQuery(Response: AlertResponseStatus.Acknowledged), 10);
        var unanswered = await WalkAsync(new AlertQuery(Response: AlertResponseStatus.New), 10);
        Assert.Equal((episodes[1].Id, "A"), (Assert.Single(acknowledged).Id, acknowledged[0].Response.Owner));
        Assert.Equal(Ordered([episodes[0], episodes[2]]).Select(e => e.Id), unanswered.Select(r => r.Id));
    }

    [Fact]
    public async Task RecordingAnEpisodeAgainLeavesItsIndexRowAsItWasAndKeepsTheResponse()
    {
        var episode = Many(1)[0];
        await Alerts.RecordAsync(CatalogId, [episode], []);
        await AcknowledgeAsync(episode.Id, "A");
        var before = await IndexRowAsync(episode);

        await Alerts.RecordAsync(CatalogId, [episode], []);
        await Alerts.RecordAsync(CatalogId, [episode with { Streak = 9 }], []);
        await Alerts.RecordAsync(CatalogId, [episode], []);

        Assert.Equal(Columns(before), Columns(await IndexRowAsync(episode)));
        var listed = Assert.Single(await WalkAsync(AlertQuery.All, 5));
        Assert.Equal((episode, "A"), (listed.Episode, listed.Response.Owner));
    }

    [Fact]
    public async Task AlertsStoredBeforeTheIndexExistedAreListedOnceItIsBuilt()
    {
        var episodes = Many(250);
        var answered = episodes.Where((_, i) => i % 3 == 0).ToList();

        // The rows the store wrote before it kept an index: episodes and responses only.
        var partition = AlertEntities.Partition(CatalogId);
        foreach (var batch in episodes.Select(e => AlertEntities.Write(partition, e))
            .Concat(answered.Select(e => AlertEntities.Write(partition, e.Id, new AlertResponse(AlertResponseStatus.Acknowledged, "n", "old owner", At: At))))
            .Chunk(100))
        {
            await Table.SubmitTransactionAsync(batch.Select(r => new TableTransactionAction(TableTransactionActionType.Add, r)));
        }

        // A response given before the first paged read leaves an index row holding only the response.
        await AcknowledgeAsync(episodes[1].Id, "new owner");

        var listed = await WalkAsync(AlertQuery.All, 60);
        var again = await new TableAlertStore(Storage.Get<TableServiceClient>(), Storage.Get<IOptions<StorageOptions>>())
            .ListPageAsync(CatalogId, new AlertQuery(Response: AlertResponseStatus.Acknowledged), null, 200);

        Assert.Equal(Ordered(episodes).Select(e => e.Id), listed.Select(r => r.Id));
        Assert.Equal(episodes.OrderBy(e => e.Id, StringComparer.Ordinal), listed.Select(r => r.Episode).OrderBy(e => e.Id, StringComparer.Ordinal));
        Assert.Equal(
            answered.Select(e => e.Id).Append(episodes[1].Id).Order(StringComparer.Ordinal),
            listed.Where(r => r.Response.Status == AlertResponseStatus.Acknowledged).Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.Equal("new owner", listed.Single(r => r.Id == episodes[1].Id).Response.Owner);
        Assert.Equal(answered.Count + 1, again.Records.Count);
        Assert.NotNull(await TableQueries.GetAsync(Table, partition, AlertEntities.IndexMarkerRow, CancellationToken.None));
    }

    /// <summary>
    /// Alerts spread over every region, many indicators, start periods of two frequencies (so that months and quarters
    /// ending together meet), both conditions and three severities.
    /// </summary>
    private static List<AlertEpisode> Many(int count) =>
    [
        .. Enumerable.Range(0, count).Select(i =>
        {
            var key = new AlertKey(Regions[i % Regions.Length], i % 2 == 0 ? RuleIds.GrowthTarget : "debt-warning-line", $"indicator_{i / Regions.Length:D3}");
            var started = i % 5 == 0 ? Period.Month(2023, 1).Shift(i % 24) : Period.Quarter(2023, 1).Shift(i % 9);
            var resolved = i % 4 == 0 ? started.Shift(1) : (Period?)null;
            return new AlertEpisode(
                AlertIds.For(key, started), key, resolved is null ? AlertCondition.Firing : AlertCondition.Resolved,
                (Severity)(2 + (i % 3)), "lagging", started, At, resolved ?? started.Shift(i % 3), 1 + (i % 3), 3.1, false,
                resolved, resolved is null ? null : At, null, $"t-{i}", TransitionKind.New, At, $"alert {i}", $"告警 {i}");
        }),
    ];

    private static IEnumerable<AlertEpisode> Ordered(IEnumerable<AlertEpisode> episodes) =>
        episodes.OrderByDescending(e => e.StartedPeriod).ThenBy(e => e.Id, StringComparer.Ordinal);

    private async Task<List<AlertRecord>> WalkAsync(AlertQuery query, int size)
    {
        var seen = new List<AlertRecord>();
        AlertPosition? after = null;
        for (var pages = 0; pages < 1000; pages++)
        {
            var page = await Alerts.ListPageAsync(CatalogId, query, after, size);
            Assert.True(page.Records.Count <= size);
            Assert.True(!page.HasMore || page.Records.Count == size);
            seen.AddRange(page.Records);
            after = page.Next;
            if (after is null)
            {
                return seen;
            }
        }

        throw new InvalidOperationException("The pages never ended.");
    }

    private async Task AcknowledgeAsync(string alertId, string owner)
    {
        var record = await Alerts.GetAsync(CatalogId, alertId);
        var decision = AlertResponses.Acknowledge(record!, "note", owner, null, null, At);
        await Alerts.RespondAsync(CatalogId, alertId, decision.Response!, decision.Event!, record!.Version);
    }

    private async Task<TableEntity> IndexRowAsync(AlertEpisode episode) =>
        (await Table.GetEntityAsync<TableEntity>(AlertEntities.Partition(CatalogId), AlertEntities.IndexRow(episode.StartedPeriod, episode.Id))).Value;

    private static List<KeyValuePair<string, object>> Columns(TableEntity entity) =>
        [.. entity.Where(p => p.Key is not ("Timestamp" or "odata.etag")).OrderBy(p => p.Key, StringComparer.Ordinal)];
}
