using Microsoft.Extensions.Options;
using Regional.Alerts.Contacts;
using Regional.Azure.Catalogs;
using Regional.Pipeline;

namespace Regional.Azure.Contacts;

/// <summary>The contacts.json of the configured catalog folder, loaded once on first use; none there, nobody is notified directly.</summary>
public sealed class FolderContactBookProvider(IOptions<CatalogOptions> options, ICatalogProvider catalogs) : IContactBookProvider
{
    private readonly Lazy<ContactBook> _book = new(() => ContactsLoader.LoadOrEmpty(options.Value.Directory, catalogs.Catalog));

    public ContactBook Book => _book.Value;
}
