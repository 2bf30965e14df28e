using Microsoft.Extensions.Hosting;
using Regional.Alerts.Contacts;

namespace Regional.Azure.Contacts;

/// <summary>
/// Loads the catalog's contacts.json when the host starts, so a broken contact file stops the app with all its
/// problems listed instead of failing every dispatch (which would hold back the transport too).
/// </summary>
internal sealed class ContactsLoadAtStart(IContactBookProvider contacts) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = contacts.Book;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
