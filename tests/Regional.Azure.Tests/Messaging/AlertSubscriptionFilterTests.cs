using Azure.Messaging.ServiceBus;
using Regional.Alerts;
using Regional.Alerts.Notifications;
using Regional.Azure.Messaging;
using Regional.Catalogs;
using Regional.Tests.Shared;

namespace Regional.Azure.Tests.Messaging;

/// <summary>
/// The subscriptions of the alerts topic as the compiled infrastructure declares them, with their SQL filters run over
/// the application properties of messages the Service Bus transport actually builds: each audience receives what it
/// is meant to and nothing else.
/// </summary>
public sealed class AlertSubscriptionFilterTests
{
    private static readonly Lazy<IReadOnlyList<(string Name, SqlFilter Filter)>> Subscriptions = new(() =>
        [.. CompiledTemplate.Load().AlertSubscriptions().Select(s => (s.Name, SqlFilter.Parse(s.Filter)))]);

    [Fact]
    public void EveryFilterReadsOnlyPropertiesThePublisherSets()
    {
        foreach (var (name, filter) in Subscriptions.Value)
        {
            var unknown = filter.Identifiers.Except(NotificationProperties.FilterableNames, StringComparer.Ordinal).ToList();
            Assert.True(unknown.Count == 0, $"subscription {name} filters on {string.Join(", ", unknown)}, which no alert carries: {filter.Text}");
        }
    }

    [Fact]
    public void ThereIsOneSubscriptionPerComparedRegionBesideTheProvinceAndCriticalOnes()
    {
        var names = Subscriptions.Value.Select(s => s.Name).ToList();
        var expected = SichuanNotifications.Catalog.ComparedRegions.Select(r => "region-" + r.Code)
            .Append("province-office").Append("critical");

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(expected.Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AMajorAlertOfOneRegionReachesTheProvincialOfficeAndThatRegionOnly()
    {
        var message = await PublishAsync(SichuanNotifications.Region("sichuan.2025-Q3.510400.0001", SichuanNotifications.Item("510400", severity: Severity.Major)));

        Assert.Equal(["province-office", "region-510400"], Receivers(message));
    }

    [Fact]
    public async Task ACriticalAlertAlsoReachesTheCriticalSubscription()
    {
        var item = SichuanNotifications.Item("511900", rule: "debt-warning-line", indicator: "debt_ratio", kind: TransitionKind.New, severity: Severity.Critical);
        var message = await PublishAsync(SichuanNotifications.Region("sichuan.2025-Q3.511900.0001", item));

        Assert.Equal(["critical", "province-office", "region-511900"], Receivers(message));
    }

    [Fact]
    public async Task AProvincialSummaryReachesNoRegionSubscription()
    {
        var items = new[] { SichuanNotifications.Item("510400", severity: Severity.Warning), SichuanNotifications.Item("511900", severity: Severity.Major) };
        var message = await PublishAsync(SichuanNotifications.Summary("sichuan.2025-Q3.province.0001", items));

        Assert.Equal(["province-office"], Receivers(message));
    }

    [Fact]
    public async Task EachRegionReceivesItsOwnAlertsAndNoOtherRegionsAlerts()
    {
        var regions = SichuanNotifications.Catalog.ComparedRegions;
        var notifications = regions.Select((r, i) => SichuanNotifications.Region($"sichuan.2025-Q3.{r.Code}.{i:D4}", SichuanNotifications.Item(r.Code))).ToList();
        var sender = new RecordingServiceBusSender();

        await new ServiceBusNotificationTransport(sender, SichuanNotifications.Catalogs).SendAsync(notifications);

        Assert.Equal(regions.Length, sender.Sent.Count());
        foreach (var message in sender.Sent)
        {
            var region = (string)message.ApplicationProperties[NotificationProperties.RegionCode];
            Assert.Equal(["province-office", "region-" + region], Receivers(message));
        }
    }

    [Fact]
    public void AFilterOnAPropertyTheMessageLacksDoesNotMatch()
    {
        var filter = SqlFilter.Parse("regionCode = '510400'");

        Assert.False(filter.Matches(new Dictionary<string, object> { ["severity"] = "major" }));
        Assert.True(SqlFilter.Parse("regionCode IS NULL").Matches(new Dictionary<string, object> { ["severity"] = "major" }));
        Assert.True(SqlFilter.Parse("severity IN ('major', 'critical') AND NOT regionCode = '510100'").Matches(
            new Dictionary<string, object> { ["severity"] = "major", ["regionCode"] = "510400" }));
    }

    private static async Task<ServiceBusMessage> PublishAsync(Notification notification)
    {
        var sender = new RecordingServiceBusSender();
        await new ServiceBusNotificationTransport(sender, SichuanNotifications.Catalogs).SendAsync([notification]);
        return Assert.Single(sender.Sent);
    }

    private static List<string> Receivers(ServiceBusMessage message)
    {
        var properties = message.ApplicationProperties.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        return [.. Subscriptions.Value.Where(s => s.Filter.Matches(properties)).Select(s => s.Name).Order(StringComparer.Ordinal)];
    }
}
