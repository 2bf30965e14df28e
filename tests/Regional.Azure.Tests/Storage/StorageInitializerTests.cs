using Azure.Data.Tables;
using Regional.Azure.Storage;

namespace Regional.Azure.Tests.Storage;

public sealed class StorageInitializerTests(AzuriteFixture azurite) : StorageTest(azurite)
{
    [Fact]
    public async Task EnsureCreatedRunsAgainWithoutErrorAndEverythingExists()
    {
        await Storage.Get<StorageInitializer>().EnsureCreatedAsync();

        var options = Storage.Options;
        foreach (var table in options.Tables)
        {
            var found = await Storage.Get<TableServiceClient>().QueryAsync(TableClient.CreateQueryFilter($"TableName eq {table}")).ToListAsync();
            Assert.Single(found);
        }

        foreach (var container in options.Containers)
        {
            Assert.True((await Storage.Container(container).ExistsAsync()).Value);
        }

        foreach (var queue in options.Queues)
        {
            Assert.True((await Storage.Queue(queue).ExistsAsync()).Value);
        }
    }
}
