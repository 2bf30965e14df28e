using Microsoft.Extensions.Time.Testing;
using Spectre.Console;

namespace Regional.Cli.Tests;

/// <summary>What one run of the command printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}{Environment.NewLine}{Output}{Environment.NewLine}{Error}";
}

/// <summary>Runs the <c>regional</c> command in process with captured output, a fixed clock and the given settings.</summary>
internal static class Cli
{
    public static readonly DateTimeOffset Now = new(2026, 2, 2, 8, 0, 0, TimeSpan.Zero);

    public static Task<CliResult> RunAsync(params string[] args) => RunAsync(new Dictionary<string, string?>(), args);

    public static async Task<CliResult> RunAsync(IReadOnlyDictionary<string, string?> settings, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = CliContext.RedirectedWidth;
        var context = new CliContext(console, output, error, new FakeTimeProvider(Now), settings);
        var code = await RegionalCli.RunAsync(args, context);
        return new CliResult(code, output.ToString(), error.ToString());
    }
}
