using Regional.Alerts.Outbox;
using Regional.Azure.Tests.Contacts;
using Regional.Functions.Alerts;
using Regional.Functions.Evaluation;
using Regional.Functions.Ingestion;
using Regional.Storage;
using static Regional.Functions.Tests.Payloads;

namespace Regional.Functions.Tests.Alerts;

/// <summary>
/// The whole path over Azurite, from a statistics bureau's submission to the officials' groups: ingest, evaluate, the
/// outbox expanded by the bundled contacts.json, the dispatch timer delivering to local servers that behave as WeCom,
/// DingTalk, Feishu, Teams, a webhook receiver and an SMTP relay.
/// </summary>
public sealed class ContactDeliveryTests(AzuriteFixture azurite) : FunctionsTest(azurite), IAsyncLifetime
{
    private static readonly string[] Lagging = ["510400", "513400"];

    private VendorServer? _vendors;
    private MailServer? _mail;

    private VendorServer Vendors => _vendors!;

    public override async Task InitializeAsync()
    {
        _vendors = await VendorServer.StartAsync(TimeProvider.System);
        _mail = MailServer.Start();
        await InitializeWith(settings =>
        {
            settings["Contacts:province-office-wecom:Url"] = _vendors.WeComUrl("province-office");
            settings["Contacts:panzhihua-wecom:Url"] = _vendors.WeComUrl("panzhihua");
            settings["Contacts:chengdu-dingtalk:Url"] = _vendors.DingTalkUrl;
            settings["Contacts:chengdu-dingtalk:Secret"] = VendorServer.DingTalkSecret;
            settings["Contacts:liangshan-feishu:Url"] = _vendors.FeishuUrl;
            settings["Contacts:liangshan-feishu:Secret"] = VendorServer.FeishuSecret;
            settings["Contacts:investment-teams:Url"] = _vendors.TeamsUrl;
            settings["Contacts:data-platform-webhook:Url"] = _vendors.WebhookUrl;
            settings["Contacts:data-platform-webhook:Secret"] = VendorServer.WebhookSecret;
            settings["Contacts:province-duty-mail:Url"] = "duty@tjj.sc.gov.cn";
            settings["Smtp:Host"] = "127.0.0.1";
            settings["Smtp:Port"] = _mail.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            settings["Smtp:Security"] = "None";
            settings["Dashboard:BaseUrl"] = "https://dashboard.sc.gov.cn";
            settings["Delivery:HttpRetryDelay"] = "00:00:00.010";
        });
        _vendors.UseClock(App.Clock);
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Vendors.DisposeAsync();
        await _mail!.DisposeAsync();
    }

    private static string TwoLaggingRegions() =>
        Envelope("q3-lagging-contacts", Complete("2025-Q3", Lagging).Select(f => f.Indicator == "gdp_growth" ? Figure(f.Region, f.Indicator, f.Period, f.Region == "510400" ? 3.1 : 2.0) : f));

    [Fact]
    public async Task ASubmissionReachesTheCityGroupsTheOfficeAndTheDigestOnceEach()
    {
        await App.Function<IngestFromQueue>().Run(Deliveries.Message(TwoLaggingRegions()), CancellationToken.None);
        var request = await Deliveries.Receive(App, App.Storage.EvaluateQueue);
        await App.Function<EvaluateFromQueue>().Run(request, CancellationToken.None);

        App.Clock.Advance(TimeSpan.FromMinutes(1));
        await App.Function<DispatchOutbox>().Run(Deliveries.Tick(), CancellationToken.None);

        var panzhihua = Assert.Single(Vendors.To($"wecom:{VendorServer.WeComKey}-panzhihua"));
        Assert.Contains("攀枝花市", panzhihua.Text, StringComparison.Ordinal);
        Assert.Contains("https://dashboard.sc.gov.cn/alerts/510400.", panzhihua.Text, StringComparison.Ordinal);
        var liangshan = Assert.Single(Vendors.To("feishu"));
        Assert.Contains("凉山", liangshan.Text, StringComparison.Ordinal);
        var office = Assert.Single(Vendors.To($"wecom:{VendorServer.WeComKey}-province-office"));
        Assert.Contains("四川省", office.Text, StringComparison.Ordinal);
        Assert.Empty(_mail!.Received);

        // The same evaluation again, and the timer a day later: the digest goes once, nothing else again.
        await App.Function<EvaluateFromQueue>().Run(request, CancellationToken.None);
        var before = Vendors.Messages.Count;
        App.Clock.Advance(TimeSpan.FromDays(1));
        await App.Function<DispatchOutbox>().Run(Deliveries.Tick(), CancellationToken.None);

        Assert.Equal(before, Vendors.Messages.Count);
        var digest = Assert.Single(_mail.Received);
        Assert.StartsWith("每日汇总：", digest.Subject, StringComparison.Ordinal);
        Assert.Empty((await App.Get<IDeliveryOutbox>().ListAsync("sichuan", OutboxView.Pending)));
    }
}
