using Regional.Alerts.Outbox;
using Regional.Storage;
using static Regional.Azure.Tests.Contacts.ProvinceNotifications;

namespace Regional.Azure.Tests.Contacts;

/// <summary>
/// One evaluation's notifications expanded by the bundled routes into deliveries on Azurite and delivered to local
/// servers that behave as the vendors document: each recipient gets what its routes select, once.
/// </summary>
public sealed class DeliveryEndToEndTests(AzuriteFixture azurite) : ContactTest(azurite)
{
    [Fact]
    public async Task EachRecipientGetsExactlyTheMessagesItsRoutesSelect()
    {
        Assert.Equal(15, await Host.ExpandAsync(All));

        Assert.Equal(0, (await Host.Dispatcher.DeliverDueAsync()).Messages); // nothing before the group wait
        var report = await TickAsync();

        var panzhihua = Assert.Single(Vendors.To($"wecom:{VendorServer.WeComKey}-panzhihua"));
        Assert.Contains("攀枝花市，2025年第3季度：2条预警", panzhihua.Text, StringComparison.Ordinal);
        Assert.True(panzhihua.Text.Contains("【重大】1-9月地区生产总值增长3.1%", StringComparison.Ordinal), panzhihua.Text);
        Assert.Contains("[详情](https://dashboard.sc.gov.cn/alerts/510400.growth-target.gdp_growth.2025-Q2)", panzhihua.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("成都", panzhihua.Text, StringComparison.Ordinal);

        // The provincial office: the summary, and only the major or critical items of the regions, in one message.
        var office = Assert.Single(Vendors.To($"wecom:{VendorServer.WeComKey}-province-office"));
        Assert.Contains("四川省，2025年第3季度", office.Text, StringComparison.Ordinal);
        Assert.Contains("【严重】2025年生产安全事故死亡人数", office.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("社会消费品零售总额增长4.8%，目标5.5%（−0.7个百分点） [详情](https://dashboard.sc.gov.cn/alerts/510100", office.Text.Split("四川省")[0], StringComparison.Ordinal);

        var chengdu = Assert.Single(Vendors.To("dingtalk"));
        Assert.Contains("社会消费品零售总额", chengdu.Text, StringComparison.Ordinal);

        // Liangshan's group sends no resolved notices: the resolution is left out, the new critical item goes.
        var liangshan = Assert.Single(Vendors.To("feishu"));
        Assert.Contains("生产安全事故", liangshan.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("解除", liangshan.Text, StringComparison.Ordinal);

        var teams = Assert.Single(Vendors.To("teams:investment"));
        Assert.Contains("Sichuan Province, 2025-Q3", teams.Text, StringComparison.Ordinal);

        // The data platform gets every notification as its own signed request, keyed by the delivery id.
        var hooks = Vendors.To("webhook:data-platform");
        Assert.Equal(All.Select(n => n.Id).Order(StringComparer.Ordinal), hooks.Select(h => h.Text).Order(StringComparer.Ordinal));
        Assert.All(hooks, h => Assert.Equal(h.Text + "@data-platform-webhook", h.Headers["Idempotency-Key"]));

        // The duty mailbox wants a digest: nothing yet at noon.
        Assert.Empty(Mail.Received);
        Assert.Equal(5 + 4, report.Messages); // five chat messages, four webhook requests
        Assert.Equal(11, report.Delivered);
        var pending = await Host.Deliveries.ListAsync("sichuan", OutboxView.Pending);
        Assert.All(pending, p => Assert.Equal("province-duty-mail", p.Delivery.ContactPointId));
        Assert.Equal(4, pending.Count);
    }

    [Fact]
    public async Task TheDigestGoesOutAsOneMailAtEightInTheMorning()
    {
        await Host.ExpandAsync(All);
        await TickAsync();

        await TickAsync(TimeSpan.FromHours(20).Add(TimeSpan.FromMinutes(-2))); // from 12:01 to 07:59 the next day
        Assert.Empty(Mail.Received);
        await TickAsync();

        var mail = Assert.Single(Mail.Received);
        Assert.Equal("每日汇总：区域预警：4条通知 / Regional alerts: 4 notifications", mail.Subject);
        Assert.Equal(["duty@tjj.sc.gov.cn", "office@sc.gov.cn"], mail.To.Mailboxes.Select(m => m.Address));
        Assert.Contains("攀枝花市，2025年第3季度：2条预警 / Panzhihua, 2025-Q3: 2 alerts", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://dashboard.sc.gov.cn/alerts/510400.growth-target.gdp_growth.2025-Q2\">", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Empty(await Host.Deliveries.ListAsync("sichuan", OutboxView.Pending));
    }

    [Fact]
    public async Task TheSameEvaluationExpandedAgainSendsNothingTwice()
    {
        await Host.ExpandAsync(All);
        await TickAsync();
        var first = Vendors.Messages.Count;

        Assert.Equal(0, await Host.ExpandAsync(All));
        await TickAsync();
        await TickAsync(TimeSpan.FromMinutes(30));

        Assert.Equal(first, Vendors.Messages.Count);
        Assert.Equal(Vendors.Messages.Count, Vendors.Messages.Select(m => m.Body).Distinct().Count());
    }

    [Fact]
    public async Task AChannelDownForManyAttemptsLosesNothingAndSendsEachMessageOnceWhenItIsBack()
    {
        Vendors.FailNext("webhook:", 3 * 4); // three attempts of three requests (two retries inside each) for one notification, and more
        await Host.ExpandAsync(All);

        await TickAsync();
        Assert.Empty(Vendors.To("webhook:data-platform"));
        Assert.Single(Vendors.To("dingtalk")); // one channel down never holds back another

        for (var minute = 0; minute < 90 && Vendors.To("webhook:data-platform").Count < 4; minute++)
        {
            await TickAsync();
        }

        var hooks = Vendors.To("webhook:data-platform");
        Assert.Equal(4, hooks.Count);
        Assert.Equal(4, hooks.Select(h => h.Text).Distinct().Count());
        var records = await Host.Deliveries.ListAsync("sichuan", OutboxView.All);
        Assert.All(records.Where(r => r.Delivery.ContactPointId == "data-platform-webhook"), r => Assert.Equal(OutboxStatus.Sent, r.Status));
        Assert.Contains(records, r => r.Delivery.ContactPointId == "data-platform-webhook" && r.Attempts > 1);
    }

    [Fact]
    public async Task AThrottlingStormSlowsDeliveryWithoutALoss()
    {
        Vendors.ThrottleNext($"wecom:{VendorServer.WeComKey}-panzhihua", 5);
        await Host.ExpandAsync(All);

        await TickAsync();
        Assert.Empty(Vendors.To($"wecom:{VendorServer.WeComKey}-panzhihua"));
        var waiting = Assert.Single(await Host.Deliveries.ListAsync("sichuan", OutboxView.Failed), e => e.Delivery.ContactPointId == "panzhihua-wecom");
        Assert.Contains("45009", waiting.LastError, StringComparison.Ordinal);
        Assert.Equal(OutboxStatus.Pending, waiting.Status);

        for (var minute = 0; minute < 120 && Vendors.To($"wecom:{VendorServer.WeComKey}-panzhihua").Count == 0; minute++)
        {
            await TickAsync();
        }

        Assert.Single(Vendors.To($"wecom:{VendorServer.WeComKey}-panzhihua"));
    }

    [Fact]
    public async Task ARefusalIsRecordedWithTheVendorsAnswerAndNeverRetried()
    {
        await using var wrongKey = DeliveryHost.Create(
            new Dictionary<string, string?>(Settings) { ["Contacts:panzhihua-wecom:Url"] = Vendors.BaseUrl + "/cgi-bin/webhook/send?key=revoked" },
            Storage.Clock);
        await wrongKey.ExpandAsync(Panzhihua);
        Storage.Clock.Advance(TimeSpan.FromMinutes(1));
        await wrongKey.Dispatcher.DeliverDueAsync();
        var requests = Vendors.Requests;

        Storage.Clock.Advance(TimeSpan.FromHours(2));
        await wrongKey.Dispatcher.DeliverDueAsync();

        var failed = Assert.Single(await wrongKey.Deliveries.ListAsync("sichuan", OutboxView.Failed), e => e.Delivery.ContactPointId == "panzhihua-wecom");
        Assert.Equal(OutboxStatus.Failed, failed.Status);
        Assert.Contains("93000", failed.LastError, StringComparison.Ordinal);
        Assert.Equal(1, failed.Attempts);
        Assert.Equal(requests, Vendors.Requests - Vendors.To("webhook:data-platform").Count + Vendors.To("webhook:data-platform").Count);
        Assert.DoesNotContain(await wrongKey.Deliveries.ListAsync("sichuan", OutboxView.Pending), e => e.Delivery.ContactPointId == "panzhihua-wecom");
    }
}
