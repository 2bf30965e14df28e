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

    [Fact]
    public async Task CreateMissingReportsOnlyWhatWasMissingAsCreated()
    {
        var options = Storage.Options;
        await Storage.Get<TableServiceClient>().DeleteTableAsync(options.FindingsTable);
        await Storage.Queue(options.EvaluateQueue).DeleteAsync();

        var resources = await Storage.Get<StorageInitializer>().CreateMissingAsync();

        Assert.Equal(
            [(StorageResourceKind.Table, options.FindingsTable), (StorageResourceKind.Queue, options.EvaluateQueue)],
            resources.Where(r => r.Created).Select(r => (r.Kind, r.Name)));
        Assert.Equal(options.Tables.Count() + options.Containers.Count() + options.Queues.Count(), resources.Count);
    }
}
