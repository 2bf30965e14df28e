using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Regional.Alerts.Notifications;
using Regional.Alerts.Outbox;
using Regional.Azure.Messaging;
using Regional.Catalogs;
using Regional.Cli.Hosting;
using Regional.Cli.Output;
using Regional.Periods;
using Regional.Sample;
using Regional.Storage;
using Spectre.Console;

namespace Regional.Cli.Commands;

/// <summary>
/// <c>regional demo</c>: the main job end to end on the bundled catalog and the synthetic sample. Seeds storage,
/// writes the sample to a temporary folder, ingests every file in submission order, evaluates every period in order
/// and prints a stored scorecard and the alerts raised. Running it again changes nothing: files already ingested are
/// recognised, and the alert states are rebuilt from the first period, so the same alerts are raised again.
/// </summary>
internal static class DemoCommand
{
    public static Command Create(CliContext context)
    {
        var storage = CommonOptions.Storage();
        var seed = new Option<int>("--seed") { Description = "Seed of the sample generator", DefaultValueFactory = _ => SampleDataGenerator.DefaultSeed };
        var period = CommonOptions.ForPeriod(required: false);
        period.Description = "Scorecard to show; default: the period with the most planted cases";
        var command = new Command("demo", "Seed storage, ingest the synthetic sample, evaluate every period, show a scorecard and the alerts raised")
        {
            storage, seed, period,
        };
        command.SetAction((parse, cancellationToken) =>
            StorageCommand.RunAsync(context, null, parse.GetValue(storage), (services, catalog) =>
                RunAsync(context, services, catalog, parse.GetValue(seed), parse.GetResult(period) is null ? null : parse.GetValue(period), cancellationToken)));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, IServiceProvider services, Catalog catalog, int seed, Period? shown, CancellationToken cancellationToken)
    {
        var console = context.Console;
        console.Write(new Rule($"[bold]Regional demo: {Markup.Escape(catalog.Info.NameEn)}, SYNTHETIC data (seed {seed})[/]").LeftJustified());
        var report = await StorageSeed.RunAsync(services, catalog, CatalogLoader.BundledDirectory(), cancellationToken).ConfigureAwait(false);
        SeedTable.WriteSummary(console, report);

        var sample = SampleDataGenerator.Generate(catalog, seed);
        var folder = Directory.CreateTempSubdirectory("regional-demo-").FullName;
        try
        {
            var paths = await SampleDataWriter.WriteAsync(sample, folder, cancellationToken).ConfigureAwait(false);
            var ingested = await FileIngestion.RunAsync(context, services, catalog, paths, cancellationToken).ConfigureAwait(false);
            IngestTable.WriteSummary(console, ingested);
            var rejected = ingested.Where(r => !r.Accepted).ToList();
            if (rejected.Count > 0)
            {
                IngestTable.Write(console, rejected);
            }

            var drain = services.GetRequiredService<EvaluationQueueDrain>();
            var pending = await drain.ReceiveAsync(cancellationToken).ConfigureAwait(false);
            await ClearAlertStatesAsync(services.GetRequiredService<IAlertStateStore>(), catalog.Info.Id, cancellationToken).ConfigureAwait(false);
            var periods = sample.Manifest.Periods.Select(Period.Parse).ToList();
            var evaluations = await drain.EvaluateAsync(pending, periods, cancellationToken).ConfigureAwait(false);
            console.MarkupLineInterpolated($"Evaluated {evaluations.Count} periods in order: {string.Join(", ", evaluations.Select(e => e.Period.ToString()))}.");
            await DispatchAsync(console, services, catalog, cancellationToken).ConfigureAwait(false);

            var period = shown ?? MostPlantedPeriod(sample.Manifest);
            var stored = await services.GetRequiredService<IEvaluationStore>().GetScorecardAsync(catalog.Info.Id, period, cancellationToken).ConfigureAwait(false);
            console.WriteLine();
            PlantedCaseTable.Write(console, catalog, sample.Manifest);
            if (stored is null)
            {
                await context.Error.WriteLineAsync($"error: {period} was not evaluated; the sample covers {string.Join(", ", sample.Manifest.Periods)}.").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }

            ScorecardTable.Write(console, catalog, ScorecardCommand.AsResult(stored));
            AlertsTable.Write(console, evaluations);
            return rejected.Count == 0 ? ExitCodes.Success : ExitCodes.Rejected;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// Sends the notifications the evaluations put in the outbox over the configured transport (the Storage queue
    /// <c>Alerts:Queue</c> unless set otherwise) and prints them. A second run has none to send: each notification
    /// is built with the same id and the outbox holds it once.
    /// </summary>
    private static async Task DispatchAsync(IAnsiConsole console, IServiceProvider services, Catalog catalog, CancellationToken cancellationToken)
    {
        var transport = services.GetRequiredService<INotificationTransport>();
        var report = await services.GetRequiredService<OutboxDispatcher>().DispatchAsync(cancellationToken).ConfigureAwait(false);
        var sent = report.SentIds.ToHashSet(StringComparer.Ordinal);
        var notifications = (await services.GetRequiredService<IOutbox>().ListAsync(catalog.Info.Id, OutboxView.All, cancellationToken).ConfigureAwait(false))
            .Where(e => sent.Contains(e.Id))
            .Select(e => e.Notification)
            .ToList();
        var where = transport is StorageQueueNotificationTransport queue ? $"Storage queue '{queue.QueueName}'" : transport.Name;
        console.MarkupLineInterpolated($"Sent {report.Sent} notifications over {where} ({report.Failed} failed, retried by 'regional outbox --dispatch').");
        NotificationsTable.Write(console, "Notifications sent", notifications);

        // What each contact point of contacts.json is to receive: sent, waiting (group wait, quiet hours, a digest, a
        // setting without a value) or failed, with the vendor's answer.
        var deliveries = await services.GetRequiredService<IDeliveryOutbox>().ListAsync(catalog.Info.Id, OutboxView.All, cancellationToken).ConfigureAwait(false);
        var table = new Table().Border(TableBorder.Simple).Title("[bold]Deliveries to contact points[/]");
        foreach (var column in new[] { "Contact point", "Deliveries", "Sent", "Waiting", "Failed", "Last answer" })
        {
            table.AddColumn(column);
        }

        foreach (var group in deliveries.GroupBy(d => d.Delivery.ContactPointId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            table.AddRow(
                Markup.Escape(group.Key),
                group.Count().ToString(System.Globalization.CultureInfo.InvariantCulture),
                group.Count(d => d.Status == OutboxStatus.Sent).ToString(System.Globalization.CultureInfo.InvariantCulture),
                group.Count(d => d.Status == OutboxStatus.Pending).ToString(System.Globalization.CultureInfo.InvariantCulture),
                group.Count(d => d.Status == OutboxStatus.Failed).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Markup.Escape(group.Select(d => d.LastError).LastOrDefault(e => !string.IsNullOrEmpty(e)) ?? string.Empty));
        }

        console.Write(table);
    }

    /// <summary>The period named by the most planted cases (the latest of equals): where most of them can be seen at once.</summary>
    private static Period MostPlantedPeriod(SampleManifest manifest) =>
        manifest.Cases.SelectMany(c => c.Periods).Select(Period.Parse)
            .GroupBy(p => p)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key)
            .First().Key;

    /// <summary>
    /// The demo replays every period from the first, so it starts from no alert state: replaying onto the state a
    /// previous run left would report that run's alerts as resolved and raised again.
    /// </summary>
    private static async Task ClearAlertStatesAsync(IAlertStateStore alerts, string catalogId, CancellationToken cancellationToken)
    {
        var snapshot = await alerts.ReadAsync(catalogId, cancellationToken).ConfigureAwait(false);
        if (!snapshot.States.IsEmpty)
        {
            await alerts.WriteAsync(catalogId, [], snapshot.Version, cancellationToken).ConfigureAwait(false);
        }
    }
}
