using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Regional.Azure.Catalogs;
using Regional.Azure.Contacts;
using Regional.Azure.Tests.Messaging;
using Regional.Catalogs;
using Regional.Pipeline;

namespace Regional.Azure.Tests.Contacts;

public sealed class ContactsLoadAtStartTests
{
    [Fact]
    public async Task ABrokenContactFileStopsTheHostWithItsProblemsListed()
    {
        var folder = Directory.CreateTempSubdirectory("regional-contacts-start-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "contacts.json"), """{ "contactPoints": [ { "id": "x", "kind": "pager" } ], "route": { "contactPoints": ["x"] } }""");
            var services = new ServiceCollection();
            services.AddSingleton<ICatalogProvider>(SichuanNotifications.Catalogs);
            services.Configure<CatalogOptions>(o => o.Path = folder);
            services.AddRegionalContacts(new ConfigurationBuilder().Build());
            await using var provider = services.BuildServiceProvider();

            var start = provider.GetServices<IHostedService>().Single(s => s is ContactsLoadAtStart);
            var error = await Assert.ThrowsAsync<CatalogLoadException>(() => start.StartAsync(CancellationToken.None));

            Assert.Contains(error.Problems, p => p.File == "contacts.json" && p.Path == "$.contactPoints[0].kind");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
