using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Regional.Alerts.Contacts;
using Regional.Alerts.Notifications;
using Regional.Azure.Contacts;
using Regional.Azure.Storage;
using Regional.Azure.Tests.Messaging;
using Regional.Pipeline;
using Regional.Storage;

namespace Regional.Azure.Tests.Contacts;

/// <summary>
/// Delivery as the app composes it (<see cref="ContactServiceCollectionExtensions.AddRegionalContacts"/>) over one
/// test's storage, the bundled Sichuan contact book (or another), and local vendor and mail servers whose URLs and
/// secrets sit in the settings the contact book names. Two hosts over the same settings are two instances of the app.
/// </summary>
public sealed class DeliveryHost : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private DeliveryHost(ServiceProvider provider) => _provider = provider;

    public DeliveryDispatcher Dispatcher => Get<DeliveryDispatcher>();

    public IDeliveryOutbox Deliveries => Get<IDeliveryOutbox>();

    public T Get<T>()
        where T : notnull => _provider.GetRequiredService<T>();

    /// <summary>The settings of the bundled contact book pointing at <paramref name="vendors"/> and <paramref name="mail"/>.</summary>
    public static Dictionary<string, string?> Settings(TestStorage storage, VendorServer vendors, MailServer mail)
    {
        var settings = new Dictionary<string, string?>(storage.Settings)
        {
            ["Contacts:province-office-wecom:Url"] = vendors.WeComUrl("province-office"),
            ["Contacts:panzhihua-wecom:Url"] = vendors.WeComUrl("panzhihua"),
            ["Contacts:chengdu-dingtalk:Url"] = vendors.DingTalkUrl,
            ["Contacts:chengdu-dingtalk:Secret"] = VendorServer.DingTalkSecret,
            ["Contacts:liangshan-feishu:Url"] = vendors.FeishuUrl,
            ["Contacts:liangshan-feishu:Secret"] = VendorServer.FeishuSecret,
            ["Contacts:investment-teams:Url"] = vendors.TeamsUrl,
            ["Contacts:data-platform-webhook:Url"] = vendors.WebhookUrl,
            ["Contacts:data-platform-webhook:Secret"] = VendorServer.WebhookSecret,
            ["Contacts:province-duty-mail:Url"] = "duty@tjj.sc.gov.cn, 值班 <office@sc.gov.cn>",
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = mail.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:Security"] = "None",
            ["Smtp:From"] = "区域预警 <alerts@sc.gov.cn>",
            ["Dashboard:BaseUrl"] = "https://dashboard.sc.gov.cn",
            ["Delivery:HttpRetryDelay"] = "00:00:00.010",
            ["Delivery:FirstRetry"] = "00:00:30",
        };
        return settings;
    }

    public static DeliveryHost Create(IReadOnlyDictionary<string, string?> settings, FakeTimeProvider clock, ContactBook? book = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<ICatalogProvider>(SichuanNotifications.Catalogs);
        services.AddSingleton<IContactBookProvider>(new FixedContactBookProvider(book ?? Bundled));
        services.AddRegionalStorage(configuration);
        services.AddRegionalContacts(configuration);
        return new DeliveryHost(services.BuildServiceProvider(validateScopes: true));
    }

    public static ContactBook Bundled => BundledBook.Value;

    private static readonly Lazy<ContactBook> BundledBook = new(() => ContactsLoader.LoadOrEmpty(Regional.Catalogs.CatalogLoader.BundledDirectory(), SichuanNotifications.Catalog));

    public Task<int> ExpandAsync(params Notification[] notifications) => Dispatcher.ExpandAsync("sichuan", notifications);

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
