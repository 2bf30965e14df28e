using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Regional.Alerts.Outbox;
using Regional.Cli.Hosting;
using Regional.Cli.Output;
using Regional.Storage;
using Spectre.Console;

namespace Regional.Cli.Commands;

/// <summary>
/// <c>regional outbox [pending|failed]</c>: notifications not sent yet, or those whose sending failed (with attempts,
/// last error and next attempt), then the deliveries to contact points in the same view (the vendor's last answer);
/// <c>--dispatch</c> sends what is due now, as the dispatch timer does.
/// </summary>
internal static class OutboxCommand
{
    public static Command Create(CliContext context)
    {
        var storage = CommonOptions.Storage();
        var view = new Argument<OutboxView>("VIEW") { Description = "pending (default) or failed", DefaultValueFactory = _ => OutboxView.Pending, Arity = ArgumentArity.ZeroOrOne };
        var dispatch = new Option<bool>("--dispatch") { Description = "Send what is due first, over the configured transport" };
        var outbox = new Command("outbox", "Notifications waiting to be sent, or failed") { view, dispatch, storage };
        outbox.SetAction((parse, cancellationToken) =>
            StorageCommand.RunAsync(context, null, parse.GetValue(storage), async (services, catalog) =>
            {
                await AlertStorage.EnsureAsync(services, cancellationToken).ConfigureAwait(false);
                if (parse.GetValue(dispatch))
                {
                    var report = await services.GetRequiredService<OutboxDispatcher>().DispatchAsync(cancellationToken).ConfigureAwait(false);
                    context.Console.MarkupLineInterpolated($"Dispatched: {report.Sent} sent, {report.Failed} failed, {report.SetAside} set aside.");
                    if (report.Deliveries is { } delivered)
                    {
                        context.Console.MarkupLineInterpolated($"Delivered to contact points: {delivered.Messages} messages carrying {delivered.Delivered} deliveries, {delivered.Retried} to retry, {delivered.Failed} failed.");
                    }
                }

                var entries = await services.GetRequiredService<IOutbox>().ListAsync(catalog.Info.Id, parse.GetValue(view), cancellationToken).ConfigureAwait(false);
                var byId = entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
                NotificationsTable.Write(
                    context.Console,
                    parse.GetValue(view) == OutboxView.Failed ? "Failed notifications" : "Pending notifications",
                    [.. entries.Select(e => e.Notification)],
                    n => Delivery(byId[n.Id]));
                var deliveries = await services.GetRequiredService<IDeliveryOutbox>().ListAsync(catalog.Info.Id, parse.GetValue(view), cancellationToken).ConfigureAwait(false);
                DeliveriesTable.Write(context.Console, parse.GetValue(view) == OutboxView.Failed ? "Failed deliveries to contact points" : "Pending deliveries to contact points", deliveries);
                return ExitCodes.Success;
            }));
        return outbox;
    }

    private static string Delivery(OutboxEntry e) => e.Status switch
    {
        OutboxStatus.Failed => $"set aside after {e.Attempts} attempts: {e.LastError}",
        OutboxStatus.Sent => $"sent {e.SentAt:u}",
        _ when e.Attempts > 0 => string.Create(CultureInfo.InvariantCulture, $"{e.Attempts} failed attempts, next {e.NextAttemptAt:u}: {e.LastError}"),
        _ => $"due {e.NextAttemptAt:u}",
    };
}
