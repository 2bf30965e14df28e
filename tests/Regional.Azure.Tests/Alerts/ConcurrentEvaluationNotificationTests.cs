using Microsoft.Extensions.Logging.Abstractions;
using Regional.Alerts.Notifications;
using Regional.Alerts.Outbox;
using Regional.Azure.Tests.Messaging;
using Regional.Engine;
using Regional.Periods;
using Regional.Pipeline;
using Regional.Storage;
using Regional.Submissions.Envelope;

namespace Regional.Azure.Tests.Alerts;

/// <summary>
/// Two evaluations of one period at once, the second seeing a report the first did not: both read the same alert
/// state, the first stores its state, the second conflicts and evaluates again. Every notified transition must then be
/// in the outbox once, and nothing the losing attempt built may be left to send.
/// </summary>
public sealed class ConcurrentEvaluationNotificationTests(AzuriteFixture azurite) : StorageTest(azurite)
{
    private const string CatalogId = "sichuan";
    private const string Panzhihua = "510400";
    private const string Liangshan = "513400";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private static readonly Period Q3 = Period.Parse("2025-Q3");

    [Fact]
    public async Task EvaluationThatLostTheRaceLeavesNoNotificationOfItsFirstAttempt()
    {
        var (first, second) = await RaceAsync(winnerReleasesLate: false);

        await AssertEachTransitionNotifiedOnceAsync(first, second);
    }

    [Fact]
    public async Task NotificationBothEvaluationsBuiltSurvivesTheLoserDiscardingBeforeTheWinnerReleases()
    {
        var (first, second) = await RaceAsync(winnerReleasesLate: true);

        // Panzhihua's notification of the first evaluation is the one the losing attempt built too.
        var panzhihua = Assert.Single(first.Notified, n => n.Kind == NotificationKind.Region && n.RegionCode == Panzhihua);
        Assert.Contains(await Outbox.ListAsync(CatalogId, OutboxView.Pending), e => e.Id == panzhihua.Id);
        await AssertEachTransitionNotifiedOnceAsync(first, second);
    }

    private IOutbox Outbox => Storage.Get<IOutbox>();

    /// <summary>
    /// E1 evaluates Panzhihua's report and stops before its state write; Liangshan reports; E2 evaluates both and
    /// stops before its state write; E1 stores its state and finishes (or, when the winner releases late, stops before
    /// releasing until E2 is done); E2 conflicts and evaluates again.
    /// </summary>
    private async Task<(Run First, Run Second)> RaceAsync(bool winnerReleasesLate)
    {
        await IngestAsync("q3-panzhihua", (Panzhihua, 3.1));
        var e1 = new GatedEvaluationPorts(Storage.Get<IAlertStateStore>(), Outbox);
        var e2 = new GatedEvaluationPorts(Storage.Get<IAlertStateStore>(), Outbox);
        e2.Release.Open();
        if (!winnerReleasesLate)
        {
            e1.Release.Open();
        }

        var first = new Run(Task.Run(() => Evaluation(e1).EvaluateAsync(Q3)), e1);
        await e1.StateWrite.Reached.WaitAsync(Patience);
        await IngestAsync("q3-liangshan", (Liangshan, 2.0));
        var second = new Run(Task.Run(() => Evaluation(e2).EvaluateAsync(Q3)), e2);
        await e2.StateWrite.Reached.WaitAsync(Patience);

        e1.StateWrite.Open();
        await (winnerReleasesLate ? e1.Release.Reached : first.Completion).WaitAsync(Patience);

        e2.StateWrite.Open();
        if (winnerReleasesLate)
        {
            await second.Completion.WaitAsync(Patience);
            e1.Release.Open();
        }

        await Task.WhenAll(first.Completion, second.Completion).WaitAsync(Patience);
        Assert.Equal((1, 2), (e1.Attempts.Count, e2.Attempts.Count));
        return (first, second);
    }

    private async Task AssertEachTransitionNotifiedOnceAsync(Run first, Run second)
    {
        var pending = await Outbox.ListAsync(CatalogId, OutboxView.Pending);
        var notified = first.Result.Transitions.Concat(second.Result.Transitions).Where(t => t.Notify).Select(t => t.Id).Order().ToList();

        Assert.NotEmpty(notified);
        Assert.All(pending, e => Assert.False(e.Held, $"{e.Id} is still held"));
        Assert.All(pending, e => Assert.True(e.NextAttemptAt <= Storage.Clock.GetUtcNow(), $"{e.Id} is not due"));
        foreach (var kind in new[] { NotificationKind.Region, NotificationKind.Summary })
        {
            Assert.Equal(notified, pending.Where(e => e.Notification.Kind == kind).SelectMany(e => e.Notification.Items).Select(i => i.TransitionId).Order());
        }

        Assert.Equal(first.Notified.Concat(second.Notified).Select(n => n.Id).Distinct().Order(), pending.Select(e => e.Id).Order());

        // What only the losing attempt built is gone (and there is such a thing, or the race proved nothing).
        var stale = second.Ports.Attempts[0].Select(n => n.Id).Except(first.Notified.Concat(second.Notified).Select(n => n.Id)).ToList();
        Assert.NotEmpty(stale);
        Assert.DoesNotContain(await Outbox.ListAsync(CatalogId, OutboxView.All), e => stale.Contains(e.Id));
    }

    private async Task IngestAsync(string submissionId, params (string Region, double GdpGrowth)[] regions)
    {
        var ingestion = new IngestionPipeline(
            SichuanNotifications.Catalogs,
            Storage.Get<IRawPayloadArchive>(),
            Storage.Get<ISubmissionStore>(),
            Storage.Get<IObservationStore>(),
            Storage.Get<IWorkQueue>(),
            PipelineSettings.Default with { EvaluateQueue = Storage.Options.EvaluateQueue },
            Storage.Clock,
            NullLogger<IngestionPipeline>.Instance);
        var outcome = await ingestion.IngestAsync(SichuanReports.Complete(submissionId, Q3, regions), "application/json", new IngestOrigin("test", submissionId + ".json", "Sichuan Provincial Bureau of Statistics", Storage.Clock.GetUtcNow()));
        Assert.True(outcome.Accepted);
    }

    private EvaluationPipeline Evaluation(GatedEvaluationPorts ports) => new(
        SichuanNotifications.Catalogs,
        Storage.Get<IObservationStore>(),
        Storage.Get<IEvaluationStore>(),
        ports.States,
        Storage.Get<IAlertStore>(),
        Storage.Get<ISilenceStore>(),
        ports.Outbox,
        Storage.Get<ISubmissionStore>(),
        Storage.Clock,
        NullLogger<EvaluationPipeline>.Instance);

    /// <summary>One evaluation running over its own gates.</summary>
    private sealed record Run(Task<EvaluationResult> Completion, GatedEvaluationPorts Ports)
    {
        public EvaluationResult Result => Completion.Result;

        public IReadOnlyList<Notification> Notified => Ports.Attempts[^1];
    }
}
