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
        var serve = new Option<bool>("--serve") { Description = "Then serve the HTTP API and the dashboard on 127.0.0.1 until Ctrl+C (see 'regional serve')" };
        var port = ServeCommand.Port();
        var command = new Command("demo", "Seed storage, ingest the synthetic sample, evaluate every period, show a scorecard and the alerts raised")
        {
            storage, seed, period, serve, port,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            Catalog? shown = null;
            var code = await StorageCommand.RunAsync(context, null, parse.GetValue(storage), (services, catalog) =>
            {
                shown = catalog;
                return RunAsync(context, services, catalog, parse.GetValue(seed), parse.GetResult(period) is null ? null : parse.GetValue(period), cancellationToken);
            }).ConfigureAwait(false);
            return code is ExitCodes.Success or ExitCodes.Rejected && parse.GetValue(serve) && shown is not null
                ? await ServeCommand.ServeAsync(context, shown, CatalogLoader.BundledDirectory(), parse.GetValue(storage), parse.GetValue(port), cancellationToken).ConfigureAwait(false)
                : code;
        });
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

            // A city bureau that does not speak SDMX fills the Excel template; it is ingested with the other files.
            var spreadsheetPeriod = shown ?? MostPlantedPeriod(sample.Manifest);
            var spreadsheet = WriteFilledTemplate(catalog, spreadsheetPeriod, seed, folder);
            var ingested = await FileIngestion.RunAsync(context, services, catalog, [.. paths, spreadsheet], cancellationToken).ConfigureAwait(false);
            IngestTable.WriteSummary(console, ingested);
            console.MarkupLineInterpolated($"Chengdu's {spreadsheetPeriod} Excel template, filled with the SYNTHETIC sample figures ({Path.GetFileName(spreadsheet)}):");
            IngestTable.Write(console, [.. ingested.Where(r => Path.GetFileName(r.File.Path) == Path.GetFileName(spreadsheet))]);
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

    /// <summary>The template of the period for the first compared region, filled with the sample generator's figures.</summary>
    private static string WriteFilledTemplate(Catalog catalog, Period period, int seed, string folder)
    {
        var region = catalog.ComparedRegions[0];
        var path = Path.Combine(folder, $"{region.Code}-{period}-template.xlsx");
        using (var workbook = new MemoryStream())
        {
            Spreadsheets.TemplateWriter.Write(catalog, period, [region], workbook);
            Spreadsheets.TemplateFiller.Fill(workbook, [.. TemplateCommand.SampleFigures(catalog, period, seed).Where(f => f.Key.RegionCode == region.Code)]);
            File.WriteAllBytes(path, workbook.ToArray());
        }

        return path;
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
