namespace Regional.Cli.Tests.Storage;

public sealed class DemoTests
{
    [Fact]
    public async Task DemoRunTwiceShowsTheSameScorecardAndAlertsAndIngestsNothingTwice()
    {
        await using var storage = await AzuriteStorage.CreateAsync();

        var first = await storage.RunAsync("demo");
        var second = await storage.RunAsync("demo");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Matches(@"(\d+) files: \1 accepted\.", first.Output);
        Assert.Matches(@"(\d+) files: \1 already ingested\.", second.Output);
        Assert.Equal(FromScorecard(first.Output), FromScorecard(second.Output));
    }

    [Fact]
    public async Task DemoShowsThePlantedCasesAndBilingualAlerts()
    {
        await using var storage = await AzuriteStorage.CreateAsync();

        var demo = await storage.RunAsync("demo");

        Assert.True(demo.ExitCode == 0, demo.ToString());
        var output = FromScorecard(demo.Output);
        Assert.Contains("scorecard 2025-Q3", output);
        Assert.Contains("lagging ×2", output);
        Assert.Contains("in the orange band", output);
        Assert.Contains("below the quota", output);
        Assert.Contains("revision fail", output);
        Assert.Contains("target-hugging", output);
        Assert.Contains("completeness fail", output);
        Assert.Contains("quality-hierarchy", output);
        Assert.Contains("escalated", output);
        Assert.Contains("resolved", output);
        Assert.Contains("连续第2个季度落后", output);
    }

    private static string FromScorecard(string output) => output[output.IndexOf("Planted cases", StringComparison.Ordinal)..];
}
