using Regional.Azure.Tables;
using Regional.Observations;
using Regional.Periods;
using Regional.Storage;

namespace Regional.Azure.Tests.Tables;

public sealed class ObservationStoreTests(AzuriteFixture azurite) : StorageTest(azurite)
{
    private const string Catalog = "sichuan";

    private IObservationStore Store => Storage.Get<IObservationStore>();

    [Fact]
    public async Task SameValueWrittenTwiceKeepsOneVintage()
    {
        var q3 = Period.Parse("2025-Q3");
        await Store.WriteAsync(Catalog, [Write("510100", "gdp_growth", q3, 5.9, "chengdu-001")]);
        var second = await Store.WriteAsync(Catalog, [Write("510100", "gdp_growth", q3, 5.9, "chengdu-002")]);

        var stored = await Store.ReadPeriodAsync(Catalog, q3);

        Assert.Equal((0, 0, 1), (second.Added, second.Revised, second.Unchanged));
        var only = Assert.Single(stored);
        Assert.Equal((1, 5.9), (only.Vintage, only.Value));
    }

    [Fact]
    public async Task ChangedValueBecomesTheNextVintageAndTheEarlierOneStaysReadable()
    {
        var q3 = Period.Parse("2025-Q3");
        await Store.WriteAsync(Catalog, [Write("510400", "gdp_growth", q3, 3.1, "panzhihua-001")]);
        Storage.Clock.Advance(TimeSpan.FromDays(3));
        var revision = await Store.WriteAsync(Catalog, [Write("510400", "gdp_growth", q3, 3.4, "panzhihua-002")]);

        var period = await Store.ReadPeriodAsync(Catalog, q3);
        var history = await Store.ReadHistoryAsync(Catalog, "510400", "gdp_growth", q3, q3);

        Assert.Equal(1, revision.Revised);
        Assert.Equal(2, Assert.Single(revision.Stored).Vintage);
        Assert.Equal([(1, 3.1), (2, 3.4)], period.OrderBy(o => o.Vintage).Select(o => (o.Vintage, o.Value)));
        Assert.Equal(["panzhihua-001", "panzhihua-002"], history.Select(h => h.SubmissionId));
        Assert.True(history[1].RecordedAt > history[0].RecordedAt);
    }

    [Fact]
    public async Task RewritingTheSameSubmissionThreeTimesLeavesTheSameState()
    {
        var q3 = Period.Parse("2025-Q3");
        await Store.WriteAsync(Catalog, [Write("510300", "gdp_growth", q3, 5.0, "earlier")]);
        ObservationWrite[] submission =
        [
            Write("510300", "gdp_growth", q3, 5.2, "zigong-002"),
            Write("510300", "retail_growth", q3, 4.4, "zigong-002"),
            Write("510300", "gdp", q3, 1234.5, "zigong-002", Basis.Level),
        ];

        var summaries = new List<ObservationWriteSummary>();
        var states = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            Storage.Clock.Advance(TimeSpan.FromHours(1));
            summaries.Add(await Store.WriteAsync(Catalog, submission));
            var period = await Store.ReadPeriodAsync(Catalog, q3);
            var history = await Store.ReadHistoryAsync(Catalog, "510300", "gdp_growth", q3, q3);
            states.Add(StorageJson.Serialize(period.OrderBy(o => o.Key.ToString()).ThenBy(o => o.Vintage)) + StorageJson.Serialize(history));
        }

        // A rewrite of the same submission reports what the first write did (a retry after an interruption must
        // report what a clean run reports); the stored state does not change.
        Assert.All(summaries, s => Assert.Equal((2, 1, 0), (s.Added, s.Revised, s.Unchanged)));
        Assert.All(summaries.Skip(1), s => Assert.Empty(s.Stored));
        Assert.Equal(states[0], states[1]);
        Assert.Equal(states[0], states[2]);
    }

    [Fact]
    public async Task AnotherSubmissionWithTheSameValueLeavesTheFigureUnchanged()
    {
        var q3 = Period.Parse("2025-Q3");
        await Store.WriteAsync(Catalog, [Write("510300", "gdp_growth", q3, 5.2, "zigong-002")]);

        var summary = await Store.WriteAsync(Catalog, [Write("510300", "gdp_growth", q3, 5.2, "zigong-003")]);

        Assert.Equal((0, 0, 1), (summary.Added, summary.Revised, summary.Unchanged));
        Assert.Single(await Store.ReadPeriodAsync(Catalog, q3));
    }

    [Fact]
    public async Task WriteOfMoreThanAHundredFiguresOfOnePartitionIsSplitIntoTransactions()
    {
        var q3 = Period.Parse("2025-Q3");
        var figures = Enumerable.Range(0, 21)
            .SelectMany(region => Enumerable.Range(0, 12).Select(indicator =>
                Write($"51{region:D2}00", $"indicator_{indicator}", q3, region + (indicator / 10.0), "bulk-001")))
            .ToList();

        var summary = await Store.WriteAsync(Catalog, figures);
        var stored = await Store.ReadPeriodAsync(Catalog, q3);

        Assert.Equal(252, summary.Added);
        Assert.Equal(252, stored.Count);
        Assert.Equal(
            figures.Select(f => (f.Observation.Key.ToString(), f.Observation.Value)).Order(),
            stored.Select(o => (o.Key.ToString(), o.Value)).Order());
    }

    [Fact]
    public async Task EvaluationReadCoversTheYearUpToThePeriodAndThePreviousYear()
    {
        string[] periods = ["2023-Q4", "2024-Q1", "2024-Q4", "2025-Q1", "2025-09", "2025-Q3", "2025-10", "2025-Q4", "2025"];
        await Store.WriteAsync(Catalog, [.. periods.Select((p, i) => Write("510700", "gdp_growth", Period.Parse(p), i, "mianyang"))]);

        var read = await Store.ReadForEvaluationAsync(Catalog, Period.Parse("2025-Q3"));

        Assert.Equal(
            ["2024-Q1", "2024-Q4", "2025-Q1", "2025-09", "2025-Q3"],
            read.Select(o => o.Period).Order().Select(p => p.ToString()));
    }

    [Fact]
    public async Task HistoryOfARegionsIndicatorSpansYearsInPeriodOrder()
    {
        await Store.WriteAsync(Catalog,
        [
            Write("510500", "gdp_growth", Period.Parse("2025-Q2"), 5.5, "a"),
            Write("510500", "gdp_growth", Period.Parse("2024-Q4"), 6.1, "a"),
            Write("510500", "gdp_growth", Period.Parse("2025-Q1"), 5.8, "a"),
            Write("510500", "gdp_growth", Period.Parse("2024-Q2"), 6.4, "a"),
            Write("510500", "gdp_growth_x", Period.Parse("2025-Q1"), 1.0, "a"),
            Write("510600", "gdp_growth", Period.Parse("2025-Q1"), 7.0, "a"),
        ]);
        await Store.WriteAsync(Catalog, [Write("510500", "gdp_growth", Period.Parse("2025-Q1"), 5.9, "b")]);

        var history = await Store.ReadHistoryAsync(Catalog, "510500", "gdp_growth", Period.Parse("2024-Q3"), Period.Parse("2025-Q2"));

        Assert.Equal(
            [("2024-Q4", 1, 6.1), ("2025-Q1", 1, 5.8), ("2025-Q1", 2, 5.9), ("2025-Q2", 1, 5.5)],
            history.Select(h => (h.Observation.Period.ToString(), h.Observation.Vintage, h.Observation.Value)));
    }

    [Fact]
    public async Task CodesWithCharactersIllegalInKeysAreStoredAndReadBack()
    {
        var q3 = Period.Parse("2025-Q3");
        const string region = "a/b\\c#d?e|f%g\u0001";
        await Store.WriteAsync("cat/alog#1", [Write(region, "gdp|growth", q3, 1.5, "odd")]);

        var period = await Store.ReadPeriodAsync("cat/alog#1", q3);
        var history = await Store.ReadHistoryAsync("cat/alog#1", region, "gdp|growth", q3, q3);

        Assert.Equal(region, Assert.Single(period).RegionCode);
        Assert.Equal(1.5, Assert.Single(history).Observation.Value);
    }

    [Fact]
    public async Task InjectionAttemptAsRegionCodeReturnsNothing()
    {
        var q3 = Period.Parse("2025-Q3");
        await Store.WriteAsync(Catalog, [Write("510100", "gdp_growth", q3, 5.9, "chengdu")]);

        var history = await Store.ReadHistoryAsync(Catalog, "x' or PartitionKey ne '", "gdp_growth", q3, q3);
        var byIndicator = await Store.ReadHistoryAsync(Catalog, "510100", "x' or RowKey ne '", q3, q3);

        Assert.Empty(history);
        Assert.Empty(byIndicator);
    }

    private static ObservationWrite Write(string region, string indicator, Period period, double value, string submission, Basis basis = Basis.YtdGrowth) =>
        new(new Observation(region, indicator, period, value, basis, source: "bureau"), submission);
}
