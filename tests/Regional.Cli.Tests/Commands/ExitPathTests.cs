using Microsoft.Extensions.Time.Testing;
using Spectre.Console;

namespace Regional.Cli.Tests.Commands;

/// <summary>Every exit path is clean: bad data is a reason and exit 2, anything unexpected is exit 4 with one line and a log.</summary>
public sealed class ExitPathTests
{
    private const string Envelope = """
        {
          "schema": "regional.submission/v1",
          "submissionId": "chengdu-2025-Q3-extreme",
          "source": "Chengdu Municipal Bureau of Statistics",
          "submittedAt": "2025-10-20T08:00:00+08:00",
          "observations": [
            { "region": "510100", "indicator": "gdp_growth", "period": "2025-Q3", "value": 5.9 },
            { "region": "510100", "indicator": "gdp", "period": "2025-Q3", "value": VALUE }
          ]
        }
        """;

    [Theory]
    [InlineData("1e308", "json")]
    [InlineData("-1.7976931348623157e308", "json")]
    [InlineData("1e300", "table")]
    [InlineData("5e-324", "csv")]
    [InlineData("1e-400", "json")]
    [InlineData("1e400", "json")]
    public async Task AnExtremeFigureInAFileIsRefusedWithItsReasonAndNoStackTrace(string literal, string format)
    {
        using var folder = new TempFolder();
        var file = folder.File("extreme.json");
        await File.WriteAllTextAsync(file, Envelope.Replace("VALUE", literal, StringComparison.Ordinal));

        var result = await Cli.RunAsync("evaluate", "--period", "2025-Q3", "--data", file, "--format", format);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains($"{file}: line 8, field $.observations[1].value:", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnexpectedFailureIsExitFourWithOneLineAndTheDetailsInALogFile()
    {
        using var folder = new TempFolder();
        var file = folder.File("good.json");
        await File.WriteAllTextAsync(file, Envelope.Replace("VALUE", "2100", StringComparison.Ordinal));
        using var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, Interactive = InteractionSupport.No, Out = new AnsiConsoleOutput(new StringWriter()) });
        var logs = folder.File("logs");
        var context = new CliContext(console, new BrokenWriter(), error, new FakeTimeProvider(Cli.Now), new Dictionary<string, string?> { [InternalErrorLog.FolderVariable] = logs });

        var code = await RegionalCli.RunAsync(["evaluate", "--period", "2025-Q3", "--data", file, "--format", "json"], context);

        Assert.Equal(ExitCodes.InternalError, code);
        var line = Assert.Single(error.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("internal error: IOException: The pipe is broken (details in ", line, StringComparison.Ordinal);
        var log = Assert.Single(Directory.GetFiles(logs));
        Assert.Contains(log, line, StringComparison.Ordinal);
        Assert.Contains("   at ", await File.ReadAllTextAsync(log), StringComparison.Ordinal);
    }

    /// <summary>An output whose reader went away: every write fails.</summary>
    private sealed class BrokenWriter : StringWriter
    {
        public override void Write(char value) => throw new IOException("The pipe is broken");

        public override void Write(string? value) => throw new IOException("The pipe is broken");

        public override void WriteLine(string? value) => throw new IOException("The pipe is broken");
    }
}
