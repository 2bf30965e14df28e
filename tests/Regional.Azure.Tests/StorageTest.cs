namespace Regional.Azure.Tests;

/// <summary>Base of the integration tests: a fresh <see cref="TestStorage"/> per test, removed afterwards.</summary>
[Collection(AzuriteCollection.Name)]
public abstract class StorageTest(AzuriteFixture azurite) : IAsyncLifetime
{
    private TestStorage? _storage;

    protected AzuriteFixture Azurite { get; } = azurite;

    protected TestStorage Storage => _storage ?? throw new InvalidOperationException("Storage is created before each test.");

    public async Task InitializeAsync() => _storage = await TestStorage.CreateAsync(Azurite);

    public async Task DisposeAsync()
    {
        if (_storage is not null)
        {
            await _storage.DisposeAsync();
        }
    }
}
