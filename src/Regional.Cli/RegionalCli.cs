using System.CommandLine;
using Regional.Cli.Commands;

namespace Regional.Cli;

/// <summary>The <c>regional</c> command and its subcommands.</summary>
public static class RegionalCli
{
    public static RootCommand Build(CliContext context) =>
    [
        EvaluateCommand.Create(context),
        SampleCommand.Create(context),
        SeedCommand.Create(context),
        IngestCommand.Create(context),
        ScorecardCommand.Create(context),
        TemplateCommand.Create(context),
        SubmissionsCommand.Create(context),
        PoisonCommand.Create(context),
        AlertsCommand.Create(context),
        SilencesCommand.Create(context),
        OutboxCommand.Create(context),
        ContactsCommand.Create(context),
        DemoCommand.Create(context),
        ServeCommand.Create(context),
    ];

    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var root = Build(context);
        root.Description = "Regional: compare regions against growth targets and red lines, and raise alerts.";
        var parsed = root.Parse(args);
        // Our own handler instead of the library's, which prints the stack trace to the user.
        var invocation = new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false };
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await context.Error.WriteLineAsync(error.Message).ConfigureAwait(false);
            }

            await context.Error.WriteLineAsync("Run 'regional --help' for usage.").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        try
        {
            return await parsed.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await context.Error.WriteLineAsync("cancelled").ConfigureAwait(false);
            return ExitCodes.InternalError;
        }
        catch (Exception ex)
        {
            return await InternalErrorLog.ReportAsync(context, ex).ConfigureAwait(false);
        }
    }
}
