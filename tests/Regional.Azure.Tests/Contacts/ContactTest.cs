using Regional.Azure.Tests.Messaging;

namespace Regional.Azure.Tests.Contacts;

/// <summary>Base of the delivery tests: storage on Azurite, the local vendor servers and a mail server, one delivery host.</summary>
public abstract class ContactTest(AzuriteFixture azurite) : StorageTest(azurite), IAsyncLifetime
{
    private VendorServer? _vendors;
    private MailServer? _mail;
    private DeliveryHost? _host;

    protected VendorServer Vendors => _vendors!;

    protected MailServer Mail => _mail!;

    protected DeliveryHost Host => _host!;

    protected Dictionary<string, string?> Settings => DeliveryHost.Settings(Storage, Vendors, Mail);

    public new async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Storage.Clock.SetUtcNow(SichuanNotifications.CreatedAt.AddHours(4)); // 12:00 in Chengdu: outside quiet hours.
        _vendors = await VendorServer.StartAsync(Storage.Clock);
        _mail = MailServer.Start();
        _host = DeliveryHost.Create(Settings, Storage.Clock);
    }

    public new async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        if (_vendors is not null)
        {
            await _vendors.DisposeAsync();
        }

        if (_mail is not null)
        {
            await _mail.DisposeAsync();
        }

        await base.DisposeAsync();
    }

    /// <summary>Moves the clock on and delivers what is due, as the dispatch timer does each minute.</summary>
    protected async Task<Regional.Alerts.Contacts.DeliveryReport> TickAsync(TimeSpan? by = null)
    {
        Storage.Clock.Advance(by ?? TimeSpan.FromMinutes(1));
        return await Host.Dispatcher.DeliverDueAsync();
    }
}
