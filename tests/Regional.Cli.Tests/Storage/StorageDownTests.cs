using System.Net;
using System.Net.Sockets;

namespace Regional.Cli.Tests.Storage;

/// <summary>
/// With storage unreachable (a port on this machine nothing listens on), every storage command exits 3 with one clear
/// message within its retry budget, instead of retrying each request for half a minute.
/// </summary>
public sealed class StorageDownTests
{
    private const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    /// <summary>
    /// Generous against the default budget of 10 s (a command measured about 8 s), and still short of the half minute
    /// each request's own retries took before the budget.
    /// </summary>
    private static readonly TimeSpan ReturnsWithin = TimeSpan.FromSeconds(20);

    public static TheoryData<string[]> StorageCommands() =>
    [
        ["seed"],
        ["scorecard", "--period", "2025-Q3"],
        ["evaluate", "--period", "2025-Q3"],
        ["submissions"],
        ["poison", "list"],
        ["alerts"],
        ["silences", "list"],
        ["outbox"],
    ];

    [Fact]
    public async Task IngestWithStorageDownExitsThreeWithTheDefaultBudget()
    {
        using var folder = new TempFolder();
        var file = folder.File("q3.csv");
        await File.WriteAllTextAsync(file, "DATAFLOW,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE\nCN_SC:REGIONAL(1.0),510100,gdp_growth,2025-Q3,5.9\n");

        var result = await RunAsync(new Dictionary<string, string?>(), "ingest", file);

        Assert.Equal(ExitCodes.StorageFailed, result.ExitCode);
        Assert.Contains("error: storage did not answer or refused the request", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(StorageCommands))]
    public async Task EveryStorageCommandExitsThreeWhenStorageIsDown(string[] command)
    {
        var result = await RunAsync(new Dictionary<string, string?> { ["Storage:RetryBudget"] = "00:00:02" }, command);

        Assert.Equal(ExitCodes.StorageFailed, result.ExitCode);
        Assert.Contains("error: storage did not answer or refused the request", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.ToString(), StringComparison.Ordinal);
    }

    private static async Task<CliResult> RunAsync(Dictionary<string, string?> settings, params string[] command)
    {
        var run = Cli.RunAsync(settings, [.. command, "--storage", Unreachable()]);
        var finished = await Task.WhenAny(run, Task.Delay(ReturnsWithin));
        Assert.Same(run, finished);
        return await run;
    }

    /// <summary>An emulator-style connection to a loopback port that was free a moment ago (connections are refused).</summary>
    private static string Unreachable()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var endpoint = $"http://127.0.0.1:{port}/devstoreaccount1";
        return $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={Key};BlobEndpoint={endpoint};QueueEndpoint={endpoint};TableEndpoint={endpoint};";
    }
}
