using Regional.Catalogs;

namespace Regional.Cli.Tests.Commands;

public sealed class BadInputTests
{
    private const string GoodEnvelope = """
        {
          "schema": "regional.submission/v1",
          "submissionId": "chengdu-2025-Q3-001",
          "source": "Chengdu Municipal Bureau of Statistics",
          "submittedAt": "2025-10-20T08:00:00+08:00",
          "observations": [
            { "region": "510100", "indicator": "gdp_growth", "period": "2025-Q3", "value": 5.9 }
          ]
        }
        """;

    [Fact]
    public async Task UnknownRegionInADataFileNamesFileLineFieldAndReason()
    {
        using var folder = new TempFolder();
        var file = folder.File("bad.json");
        await File.WriteAllTextAsync(file, GoodEnvelope.Replace("\"510100\"", "\"999999\"", StringComparison.Ordinal));

        var result = await Cli.RunAsync("evaluate", "--period", "2025-Q3", "--data", file);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains($"{file}: line 7, field $.observations[0].region: '999999' is not a region of catalog sichuan", result.Error);
        Assert.DoesNotContain("scorecard", result.Output);
    }

    [Fact]
    public async Task MalformedJsonFileIsReportedWithItsLine()
    {
        using var folder = new TempFolder();
        var good = folder.File("good.json");
        var broken = folder.File("broken.json");
        await File.WriteAllTextAsync(good, GoodEnvelope);
        await File.WriteAllTextAsync(broken, GoodEnvelope.Replace("\"value\": 5.9 }", "\"value\": 5.9", StringComparison.Ordinal));

        var result = await Cli.RunAsync("evaluate", "--period", "2025-Q3", "--data", good, broken);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains($"error: {broken} was rejected", result.Error);
        Assert.Contains($"{broken}: line ", result.Error);
        Assert.DoesNotContain(good, result.Error);
    }

    [Fact]
    public async Task MissingDataFileIsBadInput()
    {
        using var folder = new TempFolder();

        var result = await Cli.RunAsync("evaluate", "--period", "2025-Q3", "--data", folder.File("absent.json"));

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(folder.File("absent.json"), result.Error);
    }

    [Fact]
    public async Task BadCatalogNamesTheFilePathAndReason()
    {
        using var folder = new TempFolder();
        var catalog = Path.Combine(folder.Path, "catalog");
        Directory.CreateDirectory(catalog);
        foreach (var name in CatalogLoader.FileNames)
        {
            File.Copy(Path.Combine(CatalogLoader.BundledDirectory(), name), Path.Combine(catalog, name));
        }

        var regions = Path.Combine(catalog, "regions.json");
        var text = await File.ReadAllTextAsync(regions);
        await File.WriteAllTextAsync(regions, text.Replace("\"parent\": \"510000\"", "\"parent\": \"590000\"", StringComparison.Ordinal));
        var data = folder.File("good.json");
        await File.WriteAllTextAsync(data, GoodEnvelope);

        var result = await Cli.RunAsync("evaluate", "--catalog", catalog, "--period", "2025-Q3", "--data", data);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains($"the catalog in '{catalog}' has", result.Error);
        Assert.Contains($"{regions} $.regions[", result.Error);
        Assert.Contains("590000", result.Error);
    }

    [Fact]
    public async Task MissingCatalogFolderIsBadInput()
    {
        using var folder = new TempFolder();

        var result = await Cli.RunAsync("sample", "--catalog", folder.File("nowhere"), "--out", folder.File("out"));

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("catalog folder does not exist", result.Error);
    }

    [Theory]
    [InlineData("evaluate", "--period", "2025-Q9", "--data", "x.json")]
    [InlineData("evaluate", "--data", "x.json")]
    [InlineData("frobnicate")]
    public async Task UsageErrorsExitWithTwo(params string[] args)
    {
        var result = await Cli.RunAsync(args);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.NotEmpty(result.Error);
    }
}
