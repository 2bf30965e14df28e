namespace Regional.Functions.Tests;

/// <summary>Base of the tests that run functions: a fresh <see cref="FunctionsApp"/> per test, removed afterwards.</summary>
[Collection(AzuriteCollection.Name)]
public abstract class FunctionsTest(AzuriteFixture azurite) : IAsyncLifetime
{
    private FunctionsApp? _app;

    protected AzuriteFixture Azurite { get; } = azurite;

    protected FunctionsApp App => _app ?? throw new InvalidOperationException("The app is started before each test.");

    public virtual Task InitializeAsync() => InitializeWith(null);

    /// <summary>Starts the app with some settings changed from the test defaults.</summary>
    protected async Task InitializeWith(Action<Dictionary<string, string?>>? change, IReadOnlyDictionary<string, string?>? platform = null) =>
        _app = await FunctionsApp.StartAsync(Azurite, change, platform);

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
