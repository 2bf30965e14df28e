using Regional.Alerts;
using Regional.Alerts.Lifecycle;
using Regional.Alerts.Notifications;
using Regional.Alerts.Outbox;
using Regional.Alerts.Silences;
using Regional.Engine;
using Regional.Functions.Alerts;
using Regional.Functions.Evaluation;
using Regional.Functions.Ingestion;
using Regional.Storage;
using static Regional.Functions.Tests.Payloads;

namespace Regional.Functions.Tests.Alerts;

/// <summary>The whole path over Azurite: ingest, evaluate, outbox, dispatch over the Storage-queue transport.</summary>
public sealed class AlertDeliveryTests(AzuriteFixture azurite) : FunctionsTest(azurite)
{
    private static readonly string[] Lagging = ["510400", "513400"];

    /// <summary>
    /// Complete reports of Panzhihua and Liangshan, both far behind their GDP growth targets in 2025-Q3 (complete, so
    /// no quality failure mutes the growth alerts; the regions that did not report raise completeness alerts).
    /// </summary>
    private static string TwoLaggingRegions(string submissionId = "q3-lagging-001") =>
        Envelope(submissionId, Complete("2025-Q3", Lagging).Select(f => f.Indicator == "gdp_growth" ? Figure(f.Region, f.Indicator, f.Period, f.Region == "510400" ? 3.1 : 2.0) : f));

    [Fact]
    public async Task SameEvaluationRunTwiceSendsExactlyOneNotificationPerTransition()
    {
        await App.Function<IngestFromQueue>().Run(Deliveries.Message(TwoLaggingRegions()), CancellationToken.None);
        var request = await Deliveries.Receive(App, App.Storage.EvaluateQueue);

        await App.Function<EvaluateFromQueue>().Run(request, CancellationToken.None);
        App.Clock.Advance(TimeSpan.FromMinutes(10));
        await App.Function<EvaluateFromQueue>().Run(request, CancellationToken.None);

        var delivered = await Delivered();
        AssertOncePerTransition(delivered);
        Assert.Equal(delivered.Count, (await App.Get<IOutbox>().ListAsync(CatalogId, OutboxView.All)).Count);
    }

    [Fact]
    public async Task SameIngestMessageDeliveredThreeTimesSendsExactlyOneNotificationPerTransition()
    {
        var message = Deliveries.Message(TwoLaggingRegions());
        for (var delivery = 1; delivery <= 3; delivery++)
        {
            await App.Function<IngestFromQueue>().Run(Deliveries.Message(message.Body.ToString(), dequeueCount: delivery, messageId: message.MessageId), CancellationToken.None);
        }

        var requests = 0;
        while ((await App.Queue(App.Storage.EvaluateQueue).ReceiveMessageAsync(TimeSpan.FromMinutes(5))).Value is { } request)
        {
            await App.Function<EvaluateFromQueue>().Run(request, CancellationToken.None);
            requests++;
        }

        Assert.InRange(requests, 1, 3);
        AssertOncePerTransition(await Delivered());
    }

    [Fact]
    public async Task SilencedAlertIsRecordedAndNotifiedByTheTimerOnceTheSilenceHasExpired()
    {
        var silence = await App.Get<SilenceService>().AddAsync(new SilenceMatcher("510400"), TimeSpan.FromHours(6), "duty desk", "figures under review");
        Assert.True(silence.Accepted, string.Join("; ", silence.Problems));
        await App.Function<IngestFromQueue>().Run(Deliveries.Message(TwoLaggingRegions()), CancellationToken.None);
        await App.Function<EvaluateFromQueue>().Run(await Deliveries.Receive(App, App.Storage.EvaluateQueue), CancellationToken.None);

        var whileSilenced = await Delivered();
        await App.Function<DispatchOutbox>().Run(Deliveries.Tick(), CancellationToken.None);
        var stillSilenced = await Delivered();
        App.Clock.Advance(TimeSpan.FromHours(7));
        await App.Function<DispatchOutbox>().Run(Deliveries.Tick(), CancellationToken.None);
        var released = await Delivered();
        await App.Function<DispatchOutbox>().Run(Deliveries.Tick(), CancellationToken.None);

        Assert.Contains(whileSilenced, m => m.Region?.Code == "513400");
        Assert.DoesNotContain(whileSilenced.SelectMany(m => m.Items), i => i.RegionCode == "510400");
        Assert.DoesNotContain(stillSilenced.SelectMany(m => m.Items), i => i.RegionCode == "510400");
        var message = Assert.Single(released, m => m.Region?.Code == "510400");
        Assert.Equal(NotificationKind.Region, message.Kind);
        Assert.Contains("no longer silenced", message.TextEn, StringComparison.Ordinal);
        Assert.Contains(message.Items, i => i.RuleId == RuleIds.GrowthTarget && i.IndicatorId == "gdp_growth");
        Assert.DoesNotContain(await Delivered(), m => m.Region?.Code == "510400");
        var alert = Assert.Single(await App.Get<IAlertStore>().ListAsync(CatalogId, AlertCondition.Firing, "510400"), a => a.Episode.Key is { RuleId: RuleIds.GrowthTarget, IndicatorId: "gdp_growth" });
        var history = await App.Get<IAlertStore>().HistoryAsync(CatalogId, alert.Id);
        Assert.Equal([AlertEventKind.New, AlertEventKind.Released], history.Select(e => e.Kind));
        Assert.Equal((true, false, silence.Silence!.Id), (history[0].Silenced, history[0].Notified, history[0].Reason));
    }

    [Fact]
    public async Task AcknowledgedAlertStillFiringAfterItsDueDateIsFollowedUpOnce()
    {
        await App.Function<IngestFromQueue>().Run(Deliveries.Message(TwoLaggingRegions()), CancellationToken.None);
        await App.Function<EvaluateFromQueue>().Run(await Deliveries.Receive(App, App.Storage.EvaluateQueue), CancellationToken.None);
        Assert.NotEmpty(await Delivered());
        var alert = Assert.Single(await App.Get<IAlertStore>().ListAsync(CatalogId, AlertCondition.Firing, "510400"), a => a.Episode.Key is { RuleId: RuleIds.GrowthTarget, IndicatorId: "gdp_growth" });
        var due = DateOnly.FromDateTime(FunctionsApp.Today.UtcDateTime).AddDays(10);

        var ack = await App.Get<AlertResponder>().AcknowledgeAsync(alert.Id, "two projects delayed", "Panzhihua DRC", "start both in November", due);
        App.Clock.Advance(TimeSpan.FromDays(10));
        await App.Function<DispatchOutbox>().Run(Deliveries.Tick(), CancellationToken.None);
        var onDueDate = await Delivered();
        App.Clock.Advance(TimeSpan.FromDays(1));
        await App.Function<DispatchOutbox>().Run(Deliveries.Tick(), CancellationToken.None);
        await App.Function<DispatchOutbox>().Run(Deliveries.Tick(pastDue: true), CancellationToken.None);
        var afterDue = await Delivered();

        Assert.True(ack.Accepted);
        Assert.DoesNotContain(onDueDate, m => m.Kind == NotificationKind.FollowUp);
        var followUp = Assert.Single(afterDue, m => m.Kind == NotificationKind.FollowUp);
        Assert.Equal(alert.Id, Assert.Single(followUp.Items).AlertId);
        Assert.Contains("Panzhihua DRC", followUp.TextEn, StringComparison.Ordinal);
        Assert.Equal(AlertResponseStatus.Acknowledged, (await App.Get<IAlertStore>().GetAsync(CatalogId, alert.Id))!.Response.Status);
    }

    /// <summary>
    /// One notification per region with transitions, one summary listing them all, each message once and each
    /// transition in exactly one region notification; the lagging regions' growth alerts among them, as new.
    /// </summary>
    private static void AssertOncePerTransition(List<NotificationMessage> delivered)
    {
        var byRegion = delivered.Where(m => m.Kind == NotificationKind.Region).ToList();
        var summary = Assert.Single(delivered, m => m.Kind == NotificationKind.Summary);
        Assert.Equal(delivered.Count, byRegion.Count + 1);
        Assert.Equal(delivered.Count, delivered.Select(m => m.Id).Distinct().Count());
        Assert.Equal(byRegion.Count, byRegion.Select(m => m.Region!.Code).Distinct().Count());
        var transitions = byRegion.SelectMany(m => m.Items.Select(i => i.TransitionId)).ToList();
        Assert.Equal(transitions.Count, transitions.Distinct().Count());
        Assert.Equal(transitions.Order(StringComparer.Ordinal), summary.Items.Select(i => i.TransitionId).Order(StringComparer.Ordinal));
        foreach (var region in Lagging)
        {
            var growth = Assert.Single(byRegion.Single(m => m.Region!.Code == region).Items, i => i.RuleId == RuleIds.GrowthTarget && i.IndicatorId == "gdp_growth");
            Assert.Equal(TransitionKind.New, growth.Kind);
        }
    }

    private async Task<List<NotificationMessage>> Delivered()
    {
        var queue = App.Get<IWorkQueue>();
        var messages = new List<NotificationMessage>();
        while ((await queue.ReceiveAsync(App.Settings["Alerts:Queue"]!, 32, TimeSpan.FromMinutes(30))) is { Count: > 0 } batch)
        {
            messages.AddRange(batch.Select(m => NotificationMessage.Parse(m.Body)));
        }

        return messages;
    }
}
