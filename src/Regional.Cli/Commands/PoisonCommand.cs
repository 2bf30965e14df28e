using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Regional.Azure.Queues;
using Regional.Cli.Hosting;
using Spectre.Console;

namespace Regional.Cli.Commands;

/// <summary>
/// <c>regional poison list</c> shows the messages the queue triggers gave up on, with the recorded reason;
/// <c>regional poison requeue --queue Q (ID | --all)</c> puts them back on their queue once the cause is fixed.
/// </summary>
internal static class PoisonCommand
{
    public static Command Create(CliContext context)
    {
        var poison = new Command("poison", "List or requeue messages moved to the <queue>-poison queues");
        poison.Add(List(context));
        poison.Add(Requeue(context));
        return poison;
    }

    private static Command List(CliContext context)
    {
        var storage = CommonOptions.Storage();
        var queue = new Option<string?>("--queue") { Description = "Only this queue (default: every queue with a poison queue)" };
        var list = new Command("list", "List poison messages with the reason recorded on their last try") { queue, storage };
        list.SetAction((parse, cancellationToken) =>
            StorageCommand.RunAsync(context, null, parse.GetValue(storage), async (services, _) =>
            {
                var service = services.GetRequiredService<PoisonQueueService>();
                var names = parse.GetValue(queue) is { } one ? [one] : service.QueueNames;
                if (names.Except(service.QueueNames, StringComparer.Ordinal).FirstOrDefault() is { } unknown)
                {
                    await context.Error.WriteLineAsync($"error: '{unknown}' is not one of the queues: {string.Join(", ", service.QueueNames)}").ConfigureAwait(false);
                    return ExitCodes.BadInput;
                }

                foreach (var name in names)
                {
                    Write(context.Console, await service.ListAsync(name, cancellationToken).ConfigureAwait(false));
                }

                return ExitCodes.Success;
            }));
        return list;
    }

    private static Command Requeue(CliContext context)
    {
        var storage = CommonOptions.Storage();
        var queue = new Option<string>("--queue") { Description = "The queue the messages belong to", Required = true };
        var all = new Option<bool>("--all") { Description = "Requeue every poison message of the queue" };
        var id = new Argument<string?>("ID") { Description = "Id of one poison message (from 'poison list')", Arity = ArgumentArity.ZeroOrOne };
        var requeue = new Command("requeue", "Move poison messages back to their queue") { id, queue, all, storage };
        requeue.SetAction((parse, cancellationToken) =>
            StorageCommand.RunAsync(context, null, parse.GetValue(storage), async (services, _) =>
            {
                var service = services.GetRequiredService<PoisonQueueService>();
                var name = parse.GetValue(queue)!;
                if (!service.QueueNames.Contains(name, StringComparer.Ordinal))
                {
                    await context.Error.WriteLineAsync($"error: '{name}' is not one of the queues: {string.Join(", ", service.QueueNames)}").ConfigureAwait(false);
                    return ExitCodes.BadInput;
                }

                if (parse.GetValue(all))
                {
                    var moved = await service.RequeueAllAsync(name, cancellationToken).ConfigureAwait(false);
                    context.Console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"Requeued {moved} messages to [bold]{Markup.Escape(name)}[/]."));
                    return ExitCodes.Success;
                }

                if (parse.GetValue(id) is not { Length: > 0 } messageId)
                {
                    await context.Error.WriteLineAsync("error: give a message ID or --all").ConfigureAwait(false);
                    return ExitCodes.BadInput;
                }

                if (!await service.RequeueAsync(name, messageId, cancellationToken).ConfigureAwait(false))
                {
                    await context.Error.WriteLineAsync($"error: no poison message '{messageId}' on {name}-poison").ConfigureAwait(false);
                    return ExitCodes.BadInput;
                }

                context.Console.MarkupLine($"Requeued {Markup.Escape(messageId)} to [bold]{Markup.Escape(name)}[/].");
                return ExitCodes.Success;
            }));
        return requeue;
    }

    private static void Write(IAnsiConsole console, PoisonQueueListing listing)
    {
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[bold]{Markup.Escape(listing.PoisonQueueName)}[/]: about {listing.ApproximateCount} messages"));
        if (listing.Messages.Count == 0)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Simple);
        table.AddColumn("Id");
        table.AddColumn("Moved");
        table.AddColumn("Tries");
        table.AddColumn("Reason");
        table.AddColumn("Message");
        foreach (var message in listing.Messages)
        {
            var reason = message.Reason is { } r ? $"{r.ErrorType}: {r.ErrorMessage}" : "no reason recorded";
            var text = message.Text.Length <= 80 ? message.Text : message.Text[..80] + "…";
            table.AddRow(
                Markup.Escape(message.MessageId),
                message.InsertedOn?.ToString("u", CultureInfo.InvariantCulture) ?? "",
                message.Reason?.DequeueCount.ToString(CultureInfo.InvariantCulture) ?? "",
                Markup.Escape(reason),
                Markup.Escape(text));
        }

        console.Write(table);
    }
}
