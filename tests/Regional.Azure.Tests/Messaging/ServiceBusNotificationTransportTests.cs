using System.Text.Json;
using Azure.Messaging.ServiceBus;
using Regional.Alerts;
using Regional.Alerts.Notifications;
using Regional.Azure.Messaging;
using Regional.Catalogs;
using Regional.Engine;

namespace Regional.Azure.Tests.Messaging;

public sealed class ServiceBusNotificationTransportTests
{
    [Fact]
    public async Task NotificationBecomesAMessageWithItsIdSubjectCorrelationAndEveryProperty()
    {
        var sender = new RecordingServiceBusSender();
        var notification = SichuanNotifications.Region("sichuan.2025-Q3.510400.4c1d7e0a92b35f68", SichuanNotifications.Item());

        await new ServiceBusNotificationTransport(sender, SichuanNotifications.Catalogs).SendAsync([notification]);

        var message = Assert.Single(sender.Sent);
        Assert.Equal("sichuan.2025-Q3.510400.4c1d7e0a92b35f68", message.MessageId);
        Assert.Equal("region/510400/major", message.Subject);
        Assert.Equal("application/json", message.ContentType);
        Assert.Equal("sichuan:2025-Q3", message.CorrelationId);
        Assert.Equal(
            new Dictionary<string, object>
            {
                ["schema"] = "regional.alert-notification/v1",
                ["catalogId"] = "sichuan",
                ["kind"] = "region",
                ["period"] = "2025-Q3",
                ["severity"] = "major",
                ["regionCode"] = "510400",
                ["peerGroup"] = "panxi",
                ["transitionKind"] = "escalated",
                ["ruleIds"] = RuleIds.GrowthTarget,
                ["ruleId"] = RuleIds.GrowthTarget,
                ["indicatorIds"] = "gdp_growth",
                ["indicatorId"] = "gdp_growth",
            },
            message.ApplicationProperties.ToDictionary());
    }

    [Fact]
    public async Task EveryPropertyASubscriptionFilterMayUseIsSetAsAString()
    {
        var sender = new RecordingServiceBusSender();
        var notification = SichuanNotifications.Region("sichuan.2025-Q3.510400.0001", SichuanNotifications.Item(rule: "arable-land", indicator: "arable_land", kind: TransitionKind.New, severity: Severity.Critical));

        await new ServiceBusNotificationTransport(sender).SendAsync([notification]);

        var properties = Assert.Single(sender.Sent).ApplicationProperties;
        Assert.Equal(NotificationProperties.FilterableNames.Order(StringComparer.Ordinal), properties.Keys.Order(StringComparer.Ordinal));
        Assert.All(properties.Values, value => Assert.False(string.IsNullOrEmpty(Assert.IsType<string>(value))));
    }

    [Fact]
    public async Task BodyIsTheVersionedJsonWithTheRegionNamesOfTheCatalog()
    {
        var sender = new RecordingServiceBusSender();
        var notification = SichuanNotifications.Region(
            "sichuan.2025-Q3.510400.0002",
            SichuanNotifications.Item(),
            SichuanNotifications.Item(rule: "debt-warning-line", indicator: "debt_ratio", kind: TransitionKind.New, severity: Severity.Warning));

        await new ServiceBusNotificationTransport(sender, SichuanNotifications.Catalogs).SendAsync([notification]);

        var body = Assert.Single(sender.Sent).Body.ToString();
        using var json = JsonDocument.Parse(body);
        var region = json.RootElement.GetProperty("region");
        Assert.Equal(NotificationMessage.From(notification, SichuanNotifications.Catalog).ToJson(), body);
        Assert.Equal("regional.alert-notification/v1", json.RootElement.GetProperty("schema").GetString());
        Assert.Equal(("510400", "Panzhihua", "攀枝花市"), (region.GetProperty("code").GetString(), region.GetProperty("nameEn").GetString(), region.GetProperty("nameZh").GetString()));
        Assert.Equal(
            [notification.Items[0].TransitionId, notification.Items[1].TransitionId],
            json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("transitionId").GetString()));
        Assert.Equal("growth-target,debt-warning-line", Assert.Single(sender.Sent).ApplicationProperties["ruleIds"]);
        Assert.False(Assert.Single(sender.Sent).ApplicationProperties.ContainsKey("ruleId"));
    }

    [Fact]
    public async Task WithoutACatalogTheRegionTravelsByCodeOnly()
    {
        var sender = new RecordingServiceBusSender();

        await new ServiceBusNotificationTransport(sender).SendAsync([SichuanNotifications.Region("sichuan.2025-Q3.510400.0003", SichuanNotifications.Item())]);

        using var json = JsonDocument.Parse(Assert.Single(sender.Sent).Body.ToString());
        var region = json.RootElement.GetProperty("region");
        Assert.Equal("510400", region.GetProperty("code").GetString());
        Assert.False(region.TryGetProperty("nameEn", out _));
    }

    [Fact]
    public async Task SummaryIsAddressedToTheProvinceWithoutARegionCode()
    {
        var sender = new RecordingServiceBusSender();
        var summary = SichuanNotifications.Summary(
            "sichuan.2025-Q3.summary",
            SichuanNotifications.Item("510400"),
            SichuanNotifications.Item("513300", severity: Severity.Critical));

        await new ServiceBusNotificationTransport(sender, SichuanNotifications.Catalogs).SendAsync([summary]);

        var message = Assert.Single(sender.Sent);
        Assert.Equal("summary/province/critical", message.Subject);
        Assert.False(message.ApplicationProperties.ContainsKey("regionCode"));
        Assert.False(message.ApplicationProperties.ContainsKey("peerGroup"));
        Assert.Equal("summary", message.ApplicationProperties["kind"]);
        Assert.Equal(RuleIds.GrowthTarget, message.ApplicationProperties["ruleId"]);
    }

    [Fact]
    public async Task TwoHundredFiftyNotificationsInBatchesOfAHundredAreThreeSendsInOrder()
    {
        var sender = new RecordingServiceBusSender(messagesPerBatch: 100);
        var notifications = SichuanNotifications.Many(250);

        await new ServiceBusNotificationTransport(sender).SendAsync(notifications);

        Assert.Equal([100, 100, 50], sender.Sends.Select(s => s.Count));
        Assert.Equal(notifications.Select(n => n.Id), sender.Sent.Select(m => m.MessageId));
        Assert.Equal(3, sender.BatchesCreated);
    }

    [Fact]
    public async Task NotificationsThatFitOneBatchAreOneSend()
    {
        var sender = new RecordingServiceBusSender(messagesPerBatch: 100);
        var notifications = SichuanNotifications.Many(100);

        await new ServiceBusNotificationTransport(sender).SendAsync(notifications);

        Assert.Equal(100, Assert.Single(sender.Sends).Count);
        Assert.Equal(1, sender.BatchesCreated);
    }

    [Fact]
    public async Task NothingToSendTouchesNoBatch()
    {
        var sender = new RecordingServiceBusSender();

        await new ServiceBusNotificationTransport(sender).SendAsync([]);

        Assert.Empty(sender.Sends);
        Assert.Equal(0, sender.BatchesCreated);
    }

    [Fact]
    public async Task NotificationThatDoesNotFitAnEmptyBatchFailsNamingItAfterSendingThoseBefore()
    {
        var notifications = SichuanNotifications.Many(5);
        var oversized = notifications[3].Id;
        var sender = new RecordingServiceBusSender(messagesPerBatch: 2, fits: message => message.MessageId != oversized);

        var error = await Assert.ThrowsAsync<NotificationTooLargeException>(() => new ServiceBusNotificationTransport(sender).SendAsync(notifications));

        Assert.Equal(oversized, error.NotificationId);
        Assert.Contains(oversized, error.Message, StringComparison.Ordinal);
        Assert.Equal(notifications.Take(3).Select(n => n.Id), sender.Sent.Select(m => m.MessageId));
    }

    [Fact]
    public async Task BodyLargerThanABatchFailsBeforeAnythingIsSent()
    {
        var sender = new RecordingServiceBusSender(maxSizeInBytes: 4_096);
        var huge = SichuanNotifications.Region("sichuan.2025-Q3.510400.huge", SichuanNotifications.Item(messageEn: new string('x', 8_000)));
        var notifications = SichuanNotifications.Many(3).Append(huge).ToList();

        var error = await Assert.ThrowsAsync<NotificationTooLargeException>(() => new ServiceBusNotificationTransport(sender).SendAsync(notifications));

        Assert.Equal(huge.Id, error.NotificationId);
        Assert.True(error.BodyBytes > 8_000);
        Assert.Equal(4_096, error.MaxMessageBytes);
        Assert.Empty(sender.Sends);
    }

    [Fact]
    public async Task FailedSendSurfacesAndTheResendCarriesTheSameMessageIds()
    {
        var sender = new RecordingServiceBusSender { FailingSends = 1 };
        var transport = new ServiceBusNotificationTransport(sender);
        var notifications = SichuanNotifications.Many(3);

        var error = await Assert.ThrowsAsync<ServiceBusException>(() => transport.SendAsync(notifications));
        await transport.SendAsync(notifications);

        Assert.Equal(ServiceBusFailureReason.ServiceCommunicationProblem, error.Reason);
        Assert.Equal(notifications.Select(n => n.Id), Assert.Single(sender.Sends).Select(m => m.MessageId));
    }

    [Fact]
    public void TransportIsNamedForSettings()
    {
        Assert.Equal("ServiceBus", new ServiceBusNotificationTransport(new RecordingServiceBusSender()).Name);
    }
}
