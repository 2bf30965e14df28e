using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Regional.Alerts.Silences;
using Regional.Catalogs;
using Regional.Cli.Hosting;
using Spectre.Console;

namespace Regional.Cli.Commands;

/// <summary>
/// <c>regional silences add|list|expire</c>: mute matching alerts for some hours. Silenced alerts are still recorded,
/// and notified when the silence ends if they still fire.
/// </summary>
internal static class SilencesCommand
{
    public static Command Create(CliContext context)
    {
        var silences = new Command("silences", "Add, list or expire silences");
        silences.Add(Add(context));
        silences.Add(List(context));
        silences.Add(Expire(context));
        return silences;
    }

    private static Command Add(CliContext context)
    {
        var storage = CommonOptions.Storage();
        var region = new Option<string?>("--region") { Description = "Region code (empty: any)" };
        var rule = new Option<string?>("--rule") { Description = "Rule id, e.g. growth-target or arable-land (empty: any)" };
        var indicator = new Option<string?>("--indicator") { Description = "Indicator id (empty: any)" };
        var severity = new Option<Severity?>("--severity") { Description = "Only alerts of this severity: warning, major or critical (empty: any)" };
        var hours = new Option<double>("--hours") { Description = "How long the silence lasts, from now", Required = true };
        var author = new Option<string>("--author") { Description = "Who silences", Required = true };
        var reason = new Option<string>("--reason") { Description = "Why", Required = true };
        var add = new Command("add", "Silence matching alerts for some hours") { region, rule, indicator, severity, hours, author, reason, storage };
        add.SetAction((parse, cancellationToken) =>
            StorageCommand.RunAsync(context, null, parse.GetValue(storage), async (services, _) =>
            {
                await AlertStorage.EnsureAsync(services, cancellationToken).ConfigureAwait(false);
                var length = parse.GetValue(hours);
                if (length is not (> 0 and <= 24 * 366))
                {
                    await context.Error.WriteLineAsync("error: --hours must be above 0 and at most a year").ConfigureAwait(false);
                    return ExitCodes.BadInput;
                }

                var matcher = new SilenceMatcher(parse.GetValue(region) ?? string.Empty, parse.GetValue(rule) ?? string.Empty, parse.GetValue(indicator) ?? string.Empty, parse.GetValue(severity));
                var decision = await services.GetRequiredService<SilenceService>().AddAsync(
                    matcher, TimeSpan.FromHours(length), parse.GetValue(author)!, parse.GetValue(reason)!, cancellationToken).ConfigureAwait(false);
                if (!decision.Accepted)
                {
                    foreach (var problem in decision.Problems)
                    {
                        await context.Error.WriteLineAsync($"error: {problem}").ConfigureAwait(false);
                    }

                    return ExitCodes.BadInput;
                }

                context.Console.MarkupLineInterpolated($"Silence [bold]{decision.Silence!.Id}[/] until {decision.Silence.EndsAt:u}: {Describe(decision.Silence.Matcher)}");
                return ExitCodes.Success;
            }));
        return add;
    }

    private static Command List(CliContext context)
    {
        var storage = CommonOptions.Storage();
        var list = new Command("list", "List silences, active or not") { storage };
        list.SetAction((parse, cancellationToken) =>
            StorageCommand.RunAsync(context, null, parse.GetValue(storage), async (services, _) =>
            {
                await AlertStorage.EnsureAsync(services, cancellationToken).ConfigureAwait(false);
                var silences = await services.GetRequiredService<SilenceService>().ListAsync(cancellationToken).ConfigureAwait(false);
                Write(context.Console, silences, context.Clock.GetUtcNow());
                return ExitCodes.Success;
            }));
        return list;
    }

    private static Command Expire(CliContext context)
    {
        var storage = CommonOptions.Storage();
        var id = new Argument<string>("ID") { Description = "Silence id, as 'silences list' shows it" };
        var expire = new Command("expire", "End a silence now") { id, storage };
        expire.SetAction((parse, cancellationToken) =>
            StorageCommand.RunAsync(context, null, parse.GetValue(storage), async (services, _) =>
            {
                await AlertStorage.EnsureAsync(services, cancellationToken).ConfigureAwait(false);
                var silenceId = parse.GetValue(id)!;
                if (await services.GetRequiredService<SilenceService>().ExpireAsync(silenceId, cancellationToken).ConfigureAwait(false) is not { } silence)
                {
                    await context.Error.WriteLineAsync($"error: no silence {silenceId}").ConfigureAwait(false);
                    return ExitCodes.BadInput;
                }

                context.Console.MarkupLineInterpolated($"Silence [bold]{silence.Id}[/] ended at {silence.EndsAt:u}; alerts it held are notified on the next dispatch if they still fire.");
                return ExitCodes.Success;
            }));
        return expire;
    }

    private static void Write(IAnsiConsole console, IReadOnlyList<Silence> silences, DateTimeOffset now)
    {
        if (silences.Count == 0)
        {
            console.MarkupLine("[grey]No silences.[/]");
            return;
        }

        var table = new Table().Border(TableBorder.Simple);
        foreach (var column in new[] { "Id", "State", "Matches", "Starts", "Ends", "Author", "Reason" })
        {
            table.AddColumn(column);
        }

        foreach (var s in silences)
        {
            var state = s.IsActive(now) ? "active" : s.EndsAt <= now ? "expired" : "pending";
            table.AddRow(
                Markup.Escape(s.Id),
                state,
                Markup.Escape(Describe(s.Matcher)),
                s.StartsAt.ToString("u", CultureInfo.InvariantCulture),
                s.EndsAt.ToString("u", CultureInfo.InvariantCulture),
                Markup.Escape(s.Author),
                Markup.Escape(s.Reason));
        }

        console.Write(table);
    }

    private static string Describe(SilenceMatcher m) =>
        string.Join(", ", new[]
        {
            m.RegionCode.Length > 0 ? $"region {m.RegionCode}" : null,
            m.RuleId.Length > 0 ? $"rule {m.RuleId}" : null,
            m.IndicatorId.Length > 0 ? $"indicator {m.IndicatorId}" : null,
            m.Severity is { } s ? $"severity {s.ToString().ToLowerInvariant()}" : null,
        }.Where(p => p is not null));
}
