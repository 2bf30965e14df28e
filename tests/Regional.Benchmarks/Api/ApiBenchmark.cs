using System.Diagnostics;
using System.Globalization;
using Azure;
using Azure.Core;
using Azure.Data.Tables;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Regional.Alerts;
using Regional.Alerts.Lifecycle;
using Regional.Api.Authorization;
using Regional.Api.Endpoints;
using Regional.Api.Http;
using Regional.Azure;
using Regional.Azure.Storage;
using Regional.Azure.Tables;
using Regional.Benchmarks.Storage;
using Regional.Engine;
using Regional.Periods;
using Regional.Pipeline;
using Regional.Storage;
using Regional.Testing;

namespace Regional.Benchmarks.Api;

/// <summary>
/// <c>api</c>: stores the evaluations of <c>quarters</c> quarters of <c>regions</c> synthetic regions in an emulator of
/// its own, then calls the HTTP API's services in-process (the code each function runs after binding its request)
/// and reports the median and p95 latency of each and the storage requests each call makes. The alerts are the
/// episodes and history the evaluations' transitions give, recorded as the evaluation pipeline records them. See
/// docs/benchmarks.md.
/// </summary>
public static class ApiBenchmark
{
    public const string Command = "api";

    public static async Task<int> RunAsync(string[] args)
    {
        var options = ApiBenchmarkOptions.Parse(args);
        var input = NationalScaleData.Create(options.Regions, options.Indicators, options.Quarters);
        await using var azurite = await AzuriteProcess.StartAsync(persist: false);
        var counter = new RequestCounter(azurite.TablePort, azurite.QueuePort);
        await using var provider = Build(azurite.ConnectionString, input, counter);
        await provider.GetRequiredService<StorageInitializer>().EnsureCreatedAsync();

        Console.WriteLine(MachineInfo.Describe("in memory"));
        var periods = input.Observations.Select(o => o.Period).Distinct().Order().ToList();
        var save = Stopwatch.StartNew();
        var store = provider.GetRequiredService<IEvaluationStore>();
        var alertStore = provider.GetRequiredService<IAlertStore>();
        var catalogId = input.Catalog.Info.Id;
        var previous = input.PreviousAlerts;
        foreach (var period in periods)
        {
            // As the evaluation pipeline does: results, then the alert episodes and history of the transitions.
            var result = Evaluator.Evaluate(input with { Period = period, Observations = [.. input.Observations.Where(o => o.Period <= period)], PreviousAlerts = previous });
            await store.SaveAsync(result);
            var firing = await alertStore.ListAsync(catalogId, AlertCondition.Firing);
            var book = AlertLifecycle.Record(input.Catalog, result, firing.ToDictionary(r => r.Id, StringComparer.Ordinal), []);
            await alertStore.RecordAsync(catalogId, book.Episodes, book.Events);
            previous = result.Alerts;
        }

        save.Stop();
        var stored = await alertStore.ListAsync(catalogId);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stored: {periods.Count} evaluated quarters ({periods[0]} to {periods[^1]}) of {options.Regions:N0} regions x {options.Indicators} indicators and {stored.Count:N0} alerts ({stored.Count(a => a.Episode.Condition == AlertCondition.Firing):N0} firing) in {save.Elapsed.TotalSeconds:F1} s"));

        var last = periods[^1].ToString();
        var scorecards = provider.GetRequiredService<ScorecardEndpoints>();
        var viewer = ClientPrincipal.Encode("bench", [Roles.ProvinceViewer]);
        var first = await scorecards.PeriodScorecardAsync(Request(viewer), last);
        var etag = first.Header("ETag") ?? throw new InvalidOperationException($"the scorecard answered {first.Status} without an ETag");
        var region = input.Catalog.ComparedRegions[options.Regions / 2].Code;
        var indicator = input.Catalog.Indicators[0].Id;

        Console.WriteLine("| call | status | median | p95 | storage requests | body |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        await MeasureAsync("period scorecard, JSON", () => scorecards.PeriodScorecardAsync(Request(viewer), last));
        await MeasureAsync("period scorecard, CSV", () => scorecards.PeriodScorecardAsync(Request(viewer, ("format", "csv")), last));
        await MeasureAsync("period scorecard, one peer group", () => scorecards.PeriodScorecardAsync(Request(viewer, ("peerGroup", "zone-07")), last));
        await MeasureAsync("period scorecard, If-None-Match (304)", () => scorecards.PeriodScorecardAsync(Request(viewer, etag), last));
        await MeasureAsync("ranking of one indicator", () => scorecards.RankingAsync(Request(viewer), last, indicator));
        await MeasureAsync("one region's scorecard", () => scorecards.RegionScorecardAsync(Request(viewer), region, last));

        var alerts = provider.GetRequiredService<AlertEndpoints>();
        var alertRegion = stored.GroupBy(a => a.Episode.Key.RegionCode).MaxBy(g => g.Count())!.Key;
        var regionViewer = ClientPrincipal.Encode("bench-region", [Roles.RegionViewerOf(alertRegion)]);
        var firstPage = await alerts.ListAsync(Request(viewer));
        var next = firstPage.Read<Regional.Api.Contracts.AlertPage>().ContinuationToken ?? throw new InvalidOperationException("the alert list has a single page");
        await MeasureAsync("alerts, first page of 50 (province viewer)", () => alerts.ListAsync(Request(viewer)));
        await MeasureAsync("alerts, second page (continuation token)", () => alerts.ListAsync(Request(viewer, ("continuationToken", next))));
        var later = next;
        for (var page = 3; page <= 20; page++)
        {
            later = (await alerts.ListAsync(Request(viewer, ("continuationToken", later)))).Read<Regional.Api.Contracts.AlertPage>().ContinuationToken
                ?? throw new InvalidOperationException($"the alert list ends before page {page}");
        }

        await MeasureAsync("alerts, 20th page (continuation token)", () => alerts.ListAsync(Request(viewer, ("continuationToken", later))));
        await MeasureAsync("alerts, firing and critical", () => alerts.ListAsync(Request(viewer, ("status", "firing"), ("severity", "critical"))));
        await MeasureAsync("alerts of one region (its viewer)", () => alerts.ListAsync(Request(regionViewer)));
        await MeasureAsync("one alert with its history", () => alerts.GetAsync(Request(viewer), stored[0].Id));
        await MeasureIndexBuildAsync(provider, catalogId, stored.Count, counter);
        return 0;

        async Task MeasureAsync(string name, Func<Task<ApiResponse>> call)
        {
            var warmUp = await call();
            var timings = new List<TimeSpan>(options.Reads);
            counter.Reset();
            for (var i = 0; i < options.Reads; i++)
            {
                var watch = Stopwatch.StartNew();
                var response = await call();
                timings.Add(watch.Elapsed);
                if (response.Status != warmUp.Status)
                {
                    throw new InvalidOperationException($"{name} answered {response.Status}, then {warmUp.Status}");
                }
            }

            timings.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {warmUp.Status} | {Percentile(timings, 0.50).TotalMilliseconds:N0} ms | {Percentile(timings, 0.95).TotalMilliseconds:N0} ms | {(double)counter.Total / options.Reads:0.#} | {warmUp.Body.Length / 1024.0:N0} KiB |"));
        }
    }

    /// <summary>
    /// The one-time cost of the listing index for a catalog stored before it existed: the index rows and the marker
    /// are removed, and a store new to the partition reads its first page (building the index first).
    /// </summary>
    private static async Task MeasureIndexBuildAsync(ServiceProvider provider, string catalogId, int alerts, RequestCounter counter)
    {
        var service = provider.GetRequiredService<TableServiceClient>();
        var options = provider.GetRequiredService<IOptions<StorageOptions>>();
        var table = service.GetTableClient(options.Value.AlertsTable);
        var partition = AlertEntities.Partition(catalogId);
        var index = await TableQueries.ListAsync(table, TableQueries.PartitionPrefix(partition, AlertEntities.IndexPrefix), ["PartitionKey", "RowKey"], CancellationToken.None);
        await TableBatches.SubmitAsync(
            table,
            index.Append(new TableEntity(partition, AlertEntities.IndexMarkerRow)).Select(r => new TableTransactionAction(TableTransactionActionType.Delete, r, ETag.All)),
            CancellationToken.None);

        counter.Reset();
        var watch = Stopwatch.StartNew();
        var page = await new TableAlertStore(service, options).ListPageAsync(catalogId, AlertQuery.All, null, AlertEndpoints.DefaultPageSize);
        watch.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"index built for {alerts:N0} alerts stored without it, with the first page of {page.Records.Count}: {watch.Elapsed.TotalSeconds:F1} s, {counter.Total} storage requests"));
    }

    private static ServiceProvider Build(string connectionString, EvaluationInput input, RequestCounter counter)
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var settings = new Dictionary<string, string?>
        {
            ["RegionalStorage"] = connectionString,
            ["Auth:Mode"] = "Development",
            ["IngestQueueName"] = "bench-ingest-" + suffix,
            ["EvaluateQueueName"] = "bench-evaluate-" + suffix,
        };
        foreach (var table in new[] { "ObservationsTable", "ObservationHistoryTable", "SubmissionsTable", "SubmissionsByDayTable", "ScorecardsTable", "RankingsTable", "FindingsTable", "AlertStatesTable", "PoisonLogTable" })
        {
            settings[$"Storage:{table}"] = "bench" + table.Replace("Table", string.Empty, StringComparison.Ordinal) + suffix;
        }

        var services = new ServiceCollection();

        // The synthetic catalog instead of the bundled one: registered first, so AddRegional keeps it.
        services.AddSingleton<ICatalogProvider>(new FixedCatalogProvider(input.Catalog));
        services.AddRegional(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddAzureClients(clients => clients.ConfigureDefaults(o => o.AddPolicy(counter, HttpPipelinePosition.PerRetry)));
        return services.BuildServiceProvider();
    }

    private static ApiRequest Request(string principal, params (string Name, string Value)[] query) =>
        ApiRequest.Get("/api/bench", [KeyValuePair.Create(ClientPrincipal.Header, principal)], query.Select(q => KeyValuePair.Create(q.Name, q.Value)));

    private static ApiRequest Request(string principal, string ifNoneMatch) =>
        ApiRequest.Get("/api/bench", [KeyValuePair.Create(ClientPrincipal.Header, principal), KeyValuePair.Create("If-None-Match", ifNoneMatch)]);

    /// <summary>Nearest-rank percentile of sorted timings.</summary>
    private static TimeSpan Percentile(List<TimeSpan> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
