using Spectre.Console;

namespace Regional.Cli;

/// <summary>
/// Where a command writes and what it reads from its surroundings: <see cref="Console"/> for tables and progress,
/// <see cref="Out"/> for machine output (JSON, CSV), <see cref="Error"/> for problems, the clock, and settings
/// layered over the environment (tests pass their own storage names here).
/// </summary>
public sealed record CliContext(
    IAnsiConsole Console,
    TextWriter Out,
    TextWriter Error,
    TimeProvider Clock,
    IReadOnlyDictionary<string, string?> Settings)
{
    public const int RedirectedWidth = 240;

    /// <summary>The process's own console, clock and environment.</summary>
    public static CliContext System()
    {
        var console = AnsiConsole.Console;
        if (global::System.Console.IsOutputRedirected)
        {
            // Written to a file or a pipe, a scorecard keeps its full width instead of wrapping at 80 columns.
            console.Profile.Width = RedirectedWidth;
        }

        return new(console, global::System.Console.Out, global::System.Console.Error, TimeProvider.System, new Dictionary<string, string?>());
    }
}
