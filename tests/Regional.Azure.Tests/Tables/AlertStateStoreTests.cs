using Regional.Alerts;
using Regional.Azure.Tables;
using Regional.Catalogs;
using Regional.Periods;
using Regional.Storage;

namespace Regional.Azure.Tests.Tables;

public sealed class AlertStateStoreTests(AzuriteFixture azurite) : StorageTest(azurite)
{
    private const string Catalog = "sichuan";

    private IAlertStateStore Store => Storage.Get<IAlertStateStore>();

    [Fact]
    public async Task NothingStoredReadsAsNoStatesAndNoVersion()
    {
        var snapshot = await Store.ReadAsync(Catalog);

        Assert.Empty(snapshot.States);
        Assert.Null(snapshot.Version);
    }

    [Fact]
    public async Task WrittenStatesAreReadBackWithTheReturnedVersion()
    {
        AlertState[] states = [State("510400", "growth-target", "gdp_growth", 2), State("510100", "debt-warning-line", "", 1, resolved: true)];

        var version = await Store.WriteAsync(Catalog, states, expectedVersion: null);
        var snapshot = await Store.ReadAsync(Catalog);

        Assert.Equal(version, snapshot.Version);
        Assert.Equal(states.OrderBy(s => s.Key.RegionCode), snapshot.States.OrderBy(s => s.Key.RegionCode));
    }

    [Fact]
    public async Task ConcurrentWriterFromTheSameSnapshotGetsAConflict()
    {
        await Store.WriteAsync(Catalog, [State("510400", "growth-target", "gdp_growth", 1)], expectedVersion: null);
        var snapshot = await Store.ReadAsync(Catalog);
        AlertState[] winner = [State("510400", "growth-target", "gdp_growth", 2)];
        AlertState[] loser = [State("510400", "growth-target", "gdp_growth", 3), State("510300", "work-safety", "safety_deaths", 1)];

        await Store.WriteAsync(Catalog, winner, snapshot.Version);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.WriteAsync(Catalog, loser, snapshot.Version));

        Assert.Equal(winner, (await Store.ReadAsync(Catalog)).States);
    }

    [Fact]
    public async Task TwoFirstWritersCannotBothSucceed()
    {
        await Store.WriteAsync(Catalog, [State("510400", "growth-target", "gdp_growth", 1)], expectedVersion: null);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(
            () => Store.WriteAsync(Catalog, [State("510500", "growth-target", "gdp_growth", 1)], expectedVersion: null));
    }

    [Fact]
    public async Task ParallelWritersFromOneSnapshotLeaveExactlyOneWinner()
    {
        await Store.WriteAsync(Catalog, [], expectedVersion: null);
        var snapshot = await Store.ReadAsync(Catalog);

        var attempts = await Task.WhenAll(Enumerable.Range(1, 4).Select(async streak =>
        {
            try
            {
                await Store.WriteAsync(Catalog, [.. Enumerable.Range(0, 150).Select(i => State($"r{i:D3}", "growth-target", "gdp_growth", streak))], snapshot.Version);
                return streak;
            }
            catch (ConcurrencyConflictException)
            {
                return 0;
            }
        }));

        var won = Assert.Single(attempts, a => a != 0);
        var stored = (await Store.ReadAsync(Catalog)).States;
        Assert.Equal(150, stored.Length);
        Assert.All(stored, s => Assert.Equal(won, s.Streak));
    }

    [Fact]
    public async Task StatesLeftOutOfTheNextWriteAreRemoved()
    {
        var version = await Store.WriteAsync(Catalog, [State("510400", "growth-target", "gdp_growth", 1), State("510300", "arable-land", "arable_land", 1)], null);

        await Store.WriteAsync(Catalog, [State("510400", "growth-target", "gdp_growth", 2)], version);

        Assert.Equal(["510400"], (await Store.ReadAsync(Catalog)).States.Select(s => s.Key.RegionCode));
    }

    [Fact]
    public async Task MoreThanAHundredStatesAreWrittenUnderOneVersion()
    {
        var states = Enumerable.Range(0, 250).Select(i => State($"r{i:D3}", "growth-target", "gdp_growth", 1)).ToList();

        var version = await Store.WriteAsync(Catalog, states, null);
        var snapshot = await Store.ReadAsync(Catalog);
        var next = await Store.WriteAsync(Catalog, states.Take(10).ToList(), version);

        Assert.Equal(version, snapshot.Version);
        Assert.Equal(250, snapshot.States.Length);
        Assert.Equal(10, (await Store.ReadAsync(Catalog)).States.Length);
        Assert.NotEqual(version, next);
    }

    [Fact]
    public async Task CatalogIdThatLooksLikeAFilterReadsNothing()
    {
        await Store.WriteAsync(Catalog, [State("510400", "growth-target", "gdp_growth", 1)], null);

        var snapshot = await Store.ReadAsync("x' or PartitionKey ne '");

        Assert.Empty(snapshot.States);
    }

    private static AlertState State(string region, string rule, string indicator, int streak, bool resolved = false) => new(
        new AlertKey(region, rule, indicator),
        resolved ? AlertCondition.Resolved : AlertCondition.Firing,
        Severity.Warning,
        "lagging",
        Period.Parse("2025-Q2"),
        new DateTimeOffset(2025, 7, 20, 0, 0, 0, TimeSpan.Zero),
        Period.Parse("2025-Q3"),
        streak,
        3.1,
        Inhibited: false,
        ResolvedPeriod: resolved ? Period.Parse("2025-Q3") : null,
        ResolvedAt: resolved ? new DateTimeOffset(2025, 10, 20, 0, 0, 0, TimeSpan.Zero) : null);
}
