using System.Text;
using Regional.Alerts;
using Regional.Alerts.Contacts;
using Regional.Alerts.Notifications;
using Regional.Alerts.Outbox;
using Regional.Catalogs;
using Regional.Storage;
using static Regional.Azure.Tests.Contacts.ProvinceNotifications;

namespace Regional.Azure.Tests.Contacts;

/// <summary>The channels against local servers that check what the vendors check: size, signature, shape, rate.</summary>
public sealed class ChannelTests(AzuriteFixture azurite) : ContactTest(azurite)
{
    private static Notification LongSummary(int items)
    {
        var list = Enumerable.Range(0, items)
            .Select(i => Item("510400", "攀枝花市", "Panzhihua", "growth-target", $"indicator_{i:D3}", TransitionKind.New, Severity.Major,
                $"第{i}项指标1-9月增长3.1%，目标6.0%（−2.9个百分点），排名第19/21", $"indicator {i} Jan–Sep 3.1% vs target 6.0% (−2.9 pp), rank 19/21"))
            .ToArray();
        return Summary with { Items = [.. list], Id = NotificationIds.For("sichuan", Period, "summary", list.Select(i => i.TransitionId)) };
    }

    [Fact]
    public async Task ALongSummaryReachesWeComWithinItsByteLimitAndSaysHowManyItemsWereLeftOut()
    {
        await Host.ExpandAsync(LongSummary(120));

        await TickAsync();

        var office = Assert.Single(Vendors.To($"wecom:{VendorServer.WeComKey}-province-office"));
        Assert.True(Encoding.UTF8.GetByteCount(office.Text) <= 4096);
        var listed = office.Text.Split('\n').Count(l => l.StartsWith("- ", StringComparison.Ordinal));
        Assert.Contains($"另有{120 - listed}条未列出", office.Text, StringComparison.Ordinal);
        Assert.Contains("[仪表板](https://dashboard.sc.gov.cn/alerts?period=2025-Q3)", office.Text, StringComparison.Ordinal);

        // Teams takes far more in one card, and still says what it left out.
        var teams = Assert.Single(Vendors.To("teams:investment"));
        Assert.True(Encoding.UTF8.GetByteCount(teams.Body) <= 28_000);
    }

    [Fact]
    public async Task ADingTalkRobotWithAnotherSecretRefusesTheSignatureAndTheRefusalIsKept()
    {
        await using var wrong = DeliveryHost.Create(new Dictionary<string, string?>(Settings) { ["Contacts:chengdu-dingtalk:Secret"] = "SEC-rotated-elsewhere" }, Storage.Clock);
        await wrong.ExpandAsync(Chengdu);
        Storage.Clock.Advance(TimeSpan.FromMinutes(1));

        await wrong.Dispatcher.DeliverDueAsync();

        Assert.Empty(Vendors.To("dingtalk"));
        var failed = Assert.Single(await wrong.Deliveries.ListAsync("sichuan", OutboxView.Failed), d => d.Delivery.ContactPointId == "chengdu-dingtalk");
        Assert.Equal(OutboxStatus.Failed, failed.Status);
        Assert.Contains("310000", failed.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFeishuBotChecksTheSignedBodyAndShowsEachItemWithItsLink()
    {
        await Host.ExpandAsync(Liangshan);

        await TickAsync();

        var message = Assert.Single(Vendors.To("feishu"));
        Assert.Contains("\"msg_type\":\"post\"", message.Body, StringComparison.Ordinal);
        Assert.Contains("https://dashboard.sc.gov.cn/alerts/513400.work-safety.work_safety_deaths.2025-Q2", message.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingSettingWaitsForTheOperatorInsteadOfFailing()
    {
        await using var unset = DeliveryHost.Create(new Dictionary<string, string?>(Settings) { ["Contacts:panzhihua-wecom:Url"] = null }, Storage.Clock);
        await unset.ExpandAsync(Panzhihua);
        Storage.Clock.Advance(TimeSpan.FromMinutes(1));

        await unset.Dispatcher.DeliverDueAsync();

        var waiting = Assert.Single(await unset.Deliveries.ListAsync("sichuan", OutboxView.Failed), d => d.Delivery.ContactPointId == "panzhihua-wecom");
        Assert.Equal(OutboxStatus.Pending, waiting.Status);
        Assert.Contains("Contacts__panzhihua-wecom__Url", waiting.LastError, StringComparison.Ordinal);

        // Set now: the next attempt goes.
        Storage.Clock.Advance(TimeSpan.FromMinutes(1));
        await Host.Dispatcher.DeliverDueAsync();
        Assert.Single(Vendors.To($"wecom:{VendorServer.WeComKey}-panzhihua"));
    }

    [Fact]
    public async Task ARateLimitHoldsAcrossTwoInstancesDeliveringAtOnce()
    {
        var book = DeliveryHost.Bundled with
        {
            ContactPoints = [.. DeliveryHost.Bundled.ContactPoints.Select(c => c.Id == "data-platform-webhook" ? c with { PerMinute = 10 } : c)],
        };
        await using var first = DeliveryHost.Create(Settings, Storage.Clock, book);
        await using var second = DeliveryHost.Create(Settings, Storage.Clock, book);
        var notifications = Enumerable.Range(0, 25)
            .Select(i => Region("510400", "攀枝花市", "Panzhihua", Item("510400", "攀枝花市", "Panzhihua", "growth-target", $"indicator_{i:D2}", TransitionKind.New, Severity.Warning, $"第{i}项", $"item {i}")))
            .ToArray();
        await first.ExpandAsync(notifications);

        for (var minute = 0; minute < 6; minute++)
        {
            Storage.Clock.Advance(TimeSpan.FromMinutes(1));
            await Task.WhenAll(first.Dispatcher.DeliverDueAsync(), second.Dispatcher.DeliverDueAsync());
        }

        var hooks = Vendors.To("webhook:data-platform");
        Assert.Equal(25, hooks.Count);
        Assert.Equal(25, hooks.Select(h => h.Text).Distinct().Count());
        Assert.True(Vendors.MostInOneMinute("webhook:data-platform") <= 10, $"{Vendors.MostInOneMinute("webhook:data-platform")} in one minute");
    }
}
