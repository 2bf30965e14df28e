using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Regional.Alerts;
using Regional.Alerts.Lifecycle;
using Regional.Cli.Hosting;
using Regional.Storage;
using Spectre.Console;

namespace Regional.Cli.Commands;

public enum AlertStatusFilter
{
    Firing,
    Resolved,
    All,
}

/// <summary>
/// <c>regional alerts [--status firing|resolved|all] [--region R]</c> lists alert episodes with their condition and
/// human response; <c>alerts show ID</c> prints one with its history; <c>alerts ack ID --note --owner --due</c>
/// acknowledges it; <c>alerts close ID</c> closes it.
/// </summary>
internal static class AlertsCommand
{
    public static Command Create(CliContext context)
    {
        var storage = CommonOptions.Storage();
        var status = new Option<AlertStatusFilter>("--status") { Description = "firing (default), resolved or all", DefaultValueFactory = _ => AlertStatusFilter.Firing };
        var region = new Option<string?>("--region") { Description = "Only this region code", HelpName = "R" };
        var alerts = new Command("alerts", "List alerts; show, acknowledge or close one") { status, region, storage };
        alerts.SetAction((parse, cancellationToken) =>
            StorageCommand.RunAsync(context, null, parse.GetValue(storage), async (services, catalog) =>
            {
                await AlertStorage.EnsureAsync(services, cancellationToken).ConfigureAwait(false);
                AlertCondition? condition = parse.GetValue(status) switch
                {
                    AlertStatusFilter.Firing => AlertCondition.Firing,
                    AlertStatusFilter.Resolved => AlertCondition.Resolved,
                    _ => null,
                };
                var records = await services.GetRequiredService<IAlertStore>().ListAsync(catalog.Info.Id, condition, parse.GetValue(region), cancellationToken).ConfigureAwait(false);
                WriteList(context.Console, records);
                return ExitCodes.Success;
            }));
        alerts.Add(Show(context));
        alerts.Add(Acknowledge(context));
        alerts.Add(Close(context));
        return alerts;
    }

    private static Command Show(CliContext context)
    {
        var storage = CommonOptions.Storage();
        var id = AlertId();
        var show = new Command("show", "Show one alert and its history") { id, storage };
        show.SetAction((parse, cancellationToken) =>
            StorageCommand.RunAsync(context, null, parse.GetValue(storage), async (services, catalog) =>
            {
                await AlertStorage.EnsureAsync(services, cancellationToken).ConfigureAwait(false);
                var store = services.GetRequiredService<IAlertStore>();
                var alertId = parse.GetValue(id)!;
                if (await store.GetAsync(catalog.Info.Id, alertId, cancellationToken).ConfigureAwait(false) is not { } record)
                {
                    await context.Error.WriteLineAsync($"error: no alert {alertId}; 'regional alerts --status all' lists them").ConfigureAwait(false);
                    return ExitCodes.BadInput;
                }

                WriteOne(context.Console, record, await store.HistoryAsync(catalog.Info.Id, alertId, cancellationToken).ConfigureAwait(false));
                return ExitCodes.Success;
            }));
        return show;
    }

    private static Command Acknowledge(CliContext context)
    {
        var storage = CommonOptions.Storage();
        var id = AlertId();
        var note = new Option<string>("--note") { Description = "What is being done", Required = true };
        var owner = new Option<string>("--owner") { Description = "Who answers for it", Required = true };
        var commitment = new Option<string?>("--commitment") { Description = "What is committed to by the due date" };
        var due = new Option<DateOnly?>("--due")
        {
            Description = "Due date (UTC), YYYY-MM-DD: still firing after it, the alert is followed up",
            HelpName = "YYYY-MM-DD",
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
                if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    return date;
                }

                result.AddError($"--due '{text}': expected a date as YYYY-MM-DD");
                return null;
            },
        };
        var ack = new Command("ack", "Acknowledge an alert with a note, an owner, a commitment and a due date") { id, note, owner, commitment, due, storage };
        ack.SetAction((parse, cancellationToken) =>
            StorageCommand.RunAsync(context, null, parse.GetValue(storage), async (services, _) =>
            {
                await AlertStorage.EnsureAsync(services, cancellationToken).ConfigureAwait(false);
                var decision = await services.GetRequiredService<AlertResponder>().AcknowledgeAsync(
                    parse.GetValue(id)!, parse.GetValue(note)!, parse.GetValue(owner)!, parse.GetValue(commitment), parse.GetValue(due), cancellationToken).ConfigureAwait(false);
                return await ReportAsync(context, decision, "Acknowledged").ConfigureAwait(false);
            }));
        return ack;
    }

    private static Command Close(CliContext context)
    {
        var storage = CommonOptions.Storage();
        var id = AlertId();
        var note = new Option<string?>("--note") { Description = "Why it is closed" };
        var by = new Option<string?>("--by") { Description = "Who closes it" };
        var close = new Command("close", "Close an alert (its condition is left to the evaluations)") { id, note, by, storage };
        close.SetAction((parse, cancellationToken) =>
            StorageCommand.RunAsync(context, null, parse.GetValue(storage), async (services, _) =>
            {
                await AlertStorage.EnsureAsync(services, cancellationToken).ConfigureAwait(false);
                var decision = await services.GetRequiredService<AlertResponder>().CloseAsync(parse.GetValue(id)!, parse.GetValue(note), parse.GetValue(by), cancellationToken).ConfigureAwait(false);
                return await ReportAsync(context, decision, "Closed").ConfigureAwait(false);
            }));
        return close;
    }

    private static Argument<string> AlertId() => new("ID") { Description = "Alert id, as 'regional alerts' lists it (region.rule.indicator.started-period)" };

    private static async Task<int> ReportAsync(CliContext context, AlertResponseDecision decision, string done)
    {
        if (!decision.Accepted)
        {
            foreach (var problem in decision.Problems)
            {
                await context.Error.WriteLineAsync($"error: {problem}").ConfigureAwait(false);
            }

            return ExitCodes.BadInput;
        }

        context.Console.MarkupLineInterpolated($"{done} [bold]{decision.Event!.AlertId}[/]: {decision.Event.MessageEn}");
        return ExitCodes.Success;
    }

    private static void WriteList(IAnsiConsole console, IReadOnlyList<AlertRecord> records)
    {
        if (records.Count == 0)
        {
            console.MarkupLine("[grey]No alerts.[/]");
            return;
        }

        var table = new Table().Border(TableBorder.Simple).Title(string.Create(CultureInfo.InvariantCulture, $"[bold]{records.Count} alerts[/]"));
        foreach (var column in new[] { "Id", "Condition", "Severity", "Since", "Streak", "Response", "Message" })
        {
            table.AddColumn(column);
        }

        foreach (var r in records)
        {
            var e = r.Episode;
            var condition = e.Condition.ToString().ToLowerInvariant() + (e.HeldBy is not null ? " (silenced)" : e.Inhibited ? " (inhibited)" : string.Empty);
            table.AddRow(
                Markup.Escape(e.Id),
                Markup.Escape(condition),
                Markup.Escape(e.Severity.ToString().ToLowerInvariant()),
                Markup.Escape(e.StartedPeriod.ToString()),
                e.Streak.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(Response(r.Response)),
                Markup.Escape(e.MessageEn) + "\n[grey]" + Markup.Escape(e.MessageZh) + "[/]");
        }

        console.Write(table);
    }

    private static void WriteOne(IAnsiConsole console, AlertRecord record, IReadOnlyList<AlertEvent> history)
    {
        var e = record.Episode;
        console.MarkupLineInterpolated($"[bold]{e.Id}[/]: {e.Condition.ToString().ToLowerInvariant()}, {e.Severity.ToString().ToLowerInvariant()} ({e.State}), since {e.StartedPeriod} ({e.StartedAt:u}), last {e.LastPeriod}, streak {e.Streak}");
        if (e.Duration is { } duration)
        {
            console.MarkupLineInterpolated($"Resolved {e.ResolvedPeriod} after {duration.TotalDays:0.#} days");
        }

        if (e.HeldBy is not null)
        {
            console.MarkupLineInterpolated($"Held by silence {e.HeldBy}: notified when it ends, if still firing");
        }

        console.MarkupLineInterpolated($"Response: {Response(record.Response)}");
        console.MarkupLineInterpolated($"{e.MessageEn}");
        console.MarkupLineInterpolated($"[grey]{e.MessageZh}[/]");
        var table = new Table().Border(TableBorder.Simple).Title("[bold]History[/]");
        foreach (var column in new[] { "At", "Period", "Event", "Severity", "Value", "Delivery", "Detail" })
        {
            table.AddColumn(column);
        }

        foreach (var line in history)
        {
            var delivery = line.Notified ? "notified" : line.Silenced ? $"silenced ({line.Reason})" : line.Reason is { } reason ? $"not notified ({reason})" : "-";
            table.AddRow(
                Markup.Escape(line.At.ToString("u", CultureInfo.InvariantCulture)),
                Markup.Escape(line.Period.ToString()),
                Markup.Escape(line.Kind.ToString()),
                Markup.Escape(line.Severity.ToString().ToLowerInvariant()),
                Markup.Escape(line.Value?.ToString("0.##", CultureInfo.InvariantCulture) ?? string.Empty),
                Markup.Escape(delivery),
                Markup.Escape(line.MessageEn));
        }

        console.Write(table);
    }

    private static string Response(AlertResponse response) => response.Status switch
    {
        AlertResponseStatus.Acknowledged => $"acknowledged by {response.Owner}" + (response.DueDate is { } due ? $", due {due:yyyy-MM-dd}" : string.Empty),
        AlertResponseStatus.Closed => "closed" + (response.Owner is { } owner ? $" ({owner})" : string.Empty),
        _ => "new",
    };
}
