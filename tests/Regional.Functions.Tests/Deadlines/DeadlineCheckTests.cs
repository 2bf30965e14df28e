using Regional.Engine;
using Regional.Functions.Deadlines;
using Regional.Functions.Ingestion;
using Regional.Periods;
using Regional.Storage;
using static Regional.Functions.Tests.Payloads;

namespace Regional.Functions.Tests.Deadlines;

public sealed class DeadlineCheckTests(AzuriteFixture azurite) : FunctionsTest(azurite)
{
    private static readonly Period Q3 = Period.Parse("2025-Q3");

    /// <summary>Q3 ends on 1 October; with the default 25 days its reports are due on 26 October.</summary>
    private static readonly DateTimeOffset AfterQ3Deadline = new(2025, 10, 27, 2, 0, 0, TimeSpan.Zero);

    private DeadlineCheck Function => App.Function<DeadlineCheck>();

    [Fact]
    public async Task RegionThatHasNotReportedByTheDeadlineGetsACompletenessFinding()
    {
        await Ingest(Envelope("all-but-zigong-2025-Q3", Complete("2025-Q3", Regions.Remove("510300"))));
        App.Clock.SetUtcNow(AfterQ3Deadline);

        await Function.Run(Deliveries.Tick(), CancellationToken.None);

        // The province reports figures of its own and is checked like every region; this envelope has only the cities.
        var findings = await Completeness(Q3);
        Assert.Equal(["510000", "510300"], findings.Select(f => f.RegionCode).Order(StringComparer.Ordinal));
        var finding = Assert.Single(findings, f => f.RegionCode == "510300");
        Assert.Equal(("510300", "fail", (double)Required.Length), (finding.RegionCode, finding.State, finding.Value));
    }

    [Fact]
    public async Task PeriodNobodyReportedFlagsEveryRegion()
    {
        App.Clock.SetUtcNow(AfterQ3Deadline);

        await Function.Run(Deliveries.Tick(), CancellationToken.None);

        Assert.Equal(Regions.Add("510000").Order(StringComparer.Ordinal), (await Completeness(Q3)).Select(f => f.RegionCode).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task BeforeTheDeadlineThePreviousQuarterIsTheOneChecked()
    {
        App.Clock.SetUtcNow(new DateTimeOffset(2025, 10, 20, 2, 0, 0, TimeSpan.Zero));

        await Function.Run(Deliveries.Tick(), CancellationToken.None);

        Assert.Equal(Regions.Length + 1, (await Completeness(Period.Parse("2025-Q2"))).Count);
        Assert.Null(await App.Get<IEvaluationStore>().GetScorecardVersionAsync(CatalogId, Q3));
    }

    [Fact]
    public async Task ReplayedCheckLeavesTheSameFindingsAndRaisesNoNewAlert()
    {
        await Ingest(Envelope("all-but-zigong-2025-Q3", Complete("2025-Q3", Regions.Remove("510300"))));
        App.Clock.SetUtcNow(AfterQ3Deadline);
        await Function.Run(Deliveries.Tick(), CancellationToken.None);
        var first = await Completeness(Q3);
        var alertsAfterFirst = (await App.Get<IAlertStateStore>().ReadAsync(CatalogId)).States;

        App.Clock.Advance(TimeSpan.FromDays(1));
        var replay = await App.Get<Regional.Deadlines.DeadlineCompleteness>().RunAsync();

        Assert.Equal(first, await Completeness(Q3));
        Assert.Empty(replay.Transitions);
        Assert.Equal(alertsAfterFirst.Select(a => a.Key), (await App.Get<IAlertStateStore>().ReadAsync(CatalogId)).States.Select(a => a.Key));
    }

    private Task Ingest(string envelope) => App.Function<IngestFromQueue>().Run(Deliveries.Message(envelope), CancellationToken.None);

    private async Task<List<Finding>> Completeness(Period period) =>
        [.. (await App.Get<IEvaluationStore>().GetFindingsAsync(CatalogId, period)).Where(f => f.RuleId == RuleIds.QualityCompleteness)];
}
