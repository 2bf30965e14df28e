namespace Regional.Cli.Tests.Storage;

public sealed class StorageCommandTests
{
    private const string RejectedEnvelope = """
        {
          "schema": "regional.submission/v1",
          "submissionId": "bad-2025-Q3-001",
          "source": "Nowhere Bureau of Statistics",
          "submittedAt": "2025-10-20T08:00:00+08:00",
          "observations": [
            { "region": "999999", "indicator": "gdp_growth", "period": "2025-Q3", "value": 5.9 },
            { "region": "510100", "indicator": "gdp_growth", "period": "2025-Q3", "value": "high" }
          ]
        }
        """;

    [Fact]
    public async Task IngestedFilesGiveTheSameStoredScorecardAsEvaluatingTheFiles()
    {
        await using var storage = await AzuriteStorage.CreateAsync();
        using var sample = await SampleFiles.WriteAsync();
        var files = sample.Of("2025-Q1", "2025-Q2", "2025-Q3");

        var ingest = await storage.RunAsync(["ingest", .. files]);
        var stored = await storage.RunAsync("scorecard", "--period", "2025-Q3", "--format", "csv");
        var evaluated = await Cli.RunAsync(["evaluate", "--period", "2025-Q3", "--format", "csv", "--data", .. files]);

        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        Assert.Contains($"{files.Count} files: {files.Count} accepted.", ingest.Output);
        Assert.Contains("Evaluated 3 period(s): 2025-Q1, 2025-Q2, 2025-Q3.", ingest.Output);
        Assert.True(stored.ExitCode == 0, stored.ToString());
        Assert.Equal(evaluated.Output, stored.Output);
    }

    [Fact]
    public async Task IngestingTheSameFilesAgainChangesNothing()
    {
        await using var storage = await AzuriteStorage.CreateAsync();
        using var sample = await SampleFiles.WriteAsync();
        var files = sample.Of("2025-Q3");
        await storage.RunAsync(["ingest", .. files]);
        var first = await storage.RunAsync("scorecard", "--period", "2025-Q3", "--format", "json");

        var again = await storage.RunAsync(["ingest", .. files]);
        var second = await storage.RunAsync("scorecard", "--period", "2025-Q3", "--format", "json");

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains($"{files.Count} files: {files.Count} already ingested.", again.Output);
        Assert.Contains("Evaluated 0 period(s)", again.Output);
        Assert.Equal(first.Output, second.Output);
    }

    [Fact]
    public async Task RejectedFileExitsWithOneAndEveryReasonIsListedAndRecorded()
    {
        await using var storage = await AzuriteStorage.CreateAsync();
        using var folder = new TempFolder();
        var file = folder.File("bad.json");
        await File.WriteAllTextAsync(file, RejectedEnvelope);

        var ingest = await storage.RunAsync("ingest", file);
        var show = await storage.RunAsync("submissions", "show", "bad-2025-Q3-001");
        var list = await storage.RunAsync("submissions", "--day", Cli.Now.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(ExitCodes.Rejected, ingest.ExitCode);
        Assert.Contains("rejected", ingest.Output);
        Assert.Contains("'999999' is not a region", ingest.Output);
        Assert.Contains("$.observations[1].value", ingest.Output);
        Assert.True(show.ExitCode == 0, show.ToString());
        Assert.Contains("2 problem(s)", show.Output);
        Assert.Contains("unknown-region", show.Output);
        Assert.Contains("bad-2025-Q3-001", list.Output);
        Assert.Contains("rejected", list.Output);
    }

    [Fact]
    public async Task SeedCreatesStorageAndCatalogBlobsOnceThenFindsThemThere()
    {
        await using var storage = await AzuriteStorage.CreateAsync();

        var first = await storage.RunAsync("seed");
        var second = await storage.RunAsync("seed");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains($"cat-", first.Output);
        Assert.Contains("/sichuan/2025.1/rules.json", first.Output);
        Assert.DoesNotContain("exists", first.Output);
        Assert.DoesNotContain("created", second.Output);
    }

    [Fact]
    public async Task ScorecardOfAPeriodNeverEvaluatedIsAnError()
    {
        await using var storage = await AzuriteStorage.CreateAsync();
        await storage.RunAsync("seed");

        var result = await storage.RunAsync("scorecard", "--period", "2019-Q1");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("2019-Q1 has not been evaluated", result.Error);
    }

    [Fact]
    public async Task EvaluateWithoutDataEvaluatesStoredFigures()
    {
        await using var storage = await AzuriteStorage.CreateAsync();
        using var sample = await SampleFiles.WriteAsync();
        await storage.RunAsync(["ingest", "--no-evaluate", .. sample.Of("2025-Q3")]);

        var before = await storage.RunAsync("scorecard", "--period", "2025-Q3");
        var evaluate = await storage.RunAsync("evaluate", "--period", "2025-Q3", "--format", "csv");
        var after = await storage.RunAsync("scorecard", "--period", "2025-Q3", "--format", "csv");

        Assert.Equal(ExitCodes.BadInput, before.ExitCode);
        Assert.True(evaluate.ExitCode == 0, evaluate.ToString());
        Assert.Equal(evaluate.Output, after.Output);
    }
}
