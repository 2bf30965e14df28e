using Regional.Spreadsheets;
using Regional.Submissions;

namespace Regional.Cli.Tests.Commands;

public sealed class TemplateCommandTests
{
    [Fact]
    public async Task TemplateFilledWithSampleFiguresIsEvaluatedLikeAnyOtherSubmission()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "chengdu-2025-Q3.xlsx");

        var written = await Cli.RunAsync("template", "--period", "2025-Q3", "--region", "510100", "--out", file, "--fill-sample");
        var evaluated = await Cli.RunAsync("evaluate", "--period", "2025-Q3", "--data", file, "--format", "json");

        Assert.True(written.ExitCode == 0, written.ToString());
        Assert.Contains("Filled 8 value cells", written.Output, StringComparison.Ordinal);
        var parsed = SubmissionReader.Read(await File.ReadAllBytesAsync(file), TemplateLayout.MediaType, new SubmissionContext("t-1", "test", Cli.Now));
        Assert.Empty(parsed.Problems);
        Assert.Equal(8, parsed.Observations.Length);
        Assert.All(parsed.Observations, o => Assert.Equal("510100", o.Region));
        Assert.True(evaluated.ExitCode == 0, evaluated.ToString());
        Assert.Contains("\"510100\"", evaluated.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownRegionIsRefusedWithTheReason()
    {
        using var folder = new TempFolder();

        var result = await Cli.RunAsync("template", "--period", "2025-Q3", "--region", "519999", "--out", Path.Combine(folder.Path, "t.xlsx"));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("519999", result.Error, StringComparison.Ordinal);
    }
}
