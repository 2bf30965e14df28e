using System.Globalization;

namespace Regional.Cli;

/// <summary>
/// What an unexpected exception becomes: exit code 4, one line on the error output naming the error and a log file, and
/// the full exception (type, message, stack trace) in that file for whoever investigates. The folder is the
/// <c>REGIONAL_LOG_DIR</c> setting or environment variable, else <c>regional</c> under the temporary folder.
/// </summary>
internal static class InternalErrorLog
{
    public const string FolderVariable = "REGIONAL_LOG_DIR";

    public static async Task<int> ReportAsync(CliContext context, Exception ex)
    {
        var path = TryWrite(context, ex);
        var where = path is null ? "the details could not be written to a log file" : $"details in {path}";
        await context.Error.WriteLineAsync(
            $"internal error: {ex.GetType().Name}: {FirstLine(ex.Message)} ({where})").ConfigureAwait(false);
        return ExitCodes.InternalError;
    }

    private static string? TryWrite(CliContext context, Exception ex)
    {
        try
        {
            var folder = context.Settings.GetValueOrDefault(FolderVariable)
                ?? Environment.GetEnvironmentVariable(FolderVariable)
                ?? Path.Combine(Path.GetTempPath(), "regional");
            Directory.CreateDirectory(folder);
            var now = context.Clock.GetUtcNow();
            var path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"regional-{now:yyyyMMddTHHmmssZ}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..6]}.log"));
            File.WriteAllText(path, string.Create(CultureInfo.InvariantCulture, $"{now:O} regional {string.Join(' ', Environment.GetCommandLineArgs().Skip(1))}{Environment.NewLine}{ex}{Environment.NewLine}"));
            return path;
        }
        catch (Exception writeFailure) when (writeFailure is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
