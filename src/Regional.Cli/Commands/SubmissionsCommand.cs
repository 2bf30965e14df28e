using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Regional.Cli.Hosting;
using Regional.Cli.Output;
using Regional.Storage;

namespace Regional.Cli.Commands;

/// <summary><c>regional submissions [--day D]</c> lists a day's submissions; <c>submissions show ID</c> shows one with every problem.</summary>
internal static class SubmissionsCommand
{
    public static Command Create(CliContext context)
    {
        var storage = CommonOptions.Storage();
        var day = new Option<DateOnly?>("--day")
        {
            Description = "UTC day the submissions were received (YYYY-MM-DD); default: today",
            HelpName = "YYYY-MM-DD",
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
                if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    return parsed;
                }

                result.AddError($"--day '{text}' is not a date in the form YYYY-MM-DD");
                return null;
            },
        };
        var list = new Command("submissions", "List the submissions received on a day, or show one")
        {
            day, storage,
        };
        list.SetAction((parse, cancellationToken) =>
            StorageCommand.RunAsync(context, null, parse.GetValue(storage), async (services, _) =>
            {
                var wanted = parse.GetValue(day) ?? DateOnly.FromDateTime(context.Clock.GetUtcNow().UtcDateTime);
                var submissions = await services.GetRequiredService<ISubmissionStore>().ListByDayAsync(wanted, cancellationToken).ConfigureAwait(false);
                SubmissionTables.WriteList(context.Console, wanted, submissions);
                return ExitCodes.Success;
            }));

        var showStorage = CommonOptions.Storage();
        var id = new Argument<string>("ID") { Description = "Submission id" };
        var show = new Command("show", "Show one submission with every problem found")
        {
            id, showStorage,
        };
        show.SetAction((parse, cancellationToken) =>
            StorageCommand.RunAsync(context, null, parse.GetValue(showStorage), async (services, _) =>
            {
                var wanted = parse.GetValue(id)!;
                var submission = await services.GetRequiredService<ISubmissionStore>().GetAsync(wanted, cancellationToken).ConfigureAwait(false);
                if (submission is null)
                {
                    await context.Error.WriteLineAsync($"error: no submission '{wanted}' is recorded.").ConfigureAwait(false);
                    return ExitCodes.BadInput;
                }

                SubmissionTables.WriteOne(context.Console, submission);
                return ExitCodes.Success;
            }));
        list.Add(show);
        return list;
    }
}
