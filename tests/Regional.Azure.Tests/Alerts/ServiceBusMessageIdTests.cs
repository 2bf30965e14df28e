using Regional.Alerts.Lifecycle;
using Regional.Alerts.Notifications;
using Regional.Azure.Messaging;
using Regional.Azure.Tests.Messaging;
using Regional.Engine;
using Regional.Observations;
using Regional.Periods;

namespace Regional.Azure.Tests.Alerts;

public class ServiceBusMessageIdTests
{
    [Fact]
    public async Task EveryMessageSentForAnEvaluationCarriesItsNotificationIdAsMessageId()
    {
        var catalog = SichuanNotifications.Catalog;
        var q3 = Period.Parse("2025-Q3");
        var result = Evaluator.Evaluate(new EvaluationInput(
            catalog,
            q3,
            [new Observation("510400", "gdp_growth", q3, 3.1, Basis.YtdGrowth), new Observation("513400", "gdp_growth", q3, 2.0, Basis.YtdGrowth)],
            [],
            SichuanNotifications.CreatedAt));
        var book = AlertLifecycle.Record(catalog, result, new Dictionary<string, AlertRecord>(), []);
        var sender = new RecordingServiceBusSender();

        await new ServiceBusNotificationTransport(sender, SichuanNotifications.Catalogs).SendAsync(book.Notifications);

        Assert.True(book.Notifications.Length >= 3);
        Assert.Equal(book.Notifications.Select(n => n.Id), sender.Sent.Select(m => m.MessageId));
        Assert.Equal(book.Notifications.Select(n => n.Id), sender.Sent.Select(m => NotificationMessage.Parse(m.Body.ToString()).Id));
    }
}
