using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using Regional.Azure.Storage;
using Regional.Azure.Tables;
using Regional.Benchmarks.Api;
using Regional.Benchmarks.Storage;
using Regional.Engine;
using Regional.Pipeline;
using Regional.Storage;
using Regional.Testing;
using Regional.Web;

namespace Regional.Benchmarks.Dashboard;

/// <summary>
/// <c>dashboard</c>: stores <c>quarters</c> quarters of evaluations of <c>regions</c> synthetic regions in an emulator of
/// its own, serves them with the Kestrel host of <c>regional serve</c>, and measures (1) the raw single-partition read
/// of the period's scorecard rows, the baseline; (2) <c>GET /api/periods/{period}/scorecard</c> over HTTP, JSON and
/// 304; (3) in Debian's Chromium, the time the province page takes from the scorecard's arrival to its table and
/// charts drawn (the page's own performance marks). See docs/benchmarks.md.
/// </summary>
public static class DashboardBenchmark
{
    public const string Command = "dashboard";

    public static async Task<int> RunAsync(string[] args)
    {
        var options = ApiBenchmarkOptions.Parse(["--quarters", "2", "--reads", "30", .. args]);
        var input = NationalScaleData.Create(options.Regions, options.Indicators, options.Quarters);
        await using var azurite = await AzuriteProcess.StartAsync(persist: false);
        var settings = Settings(azurite.ConnectionString);
        await using var app = RegionalWebHost.Build(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), 0,
            services => services.AddSingleton<ICatalogProvider>(new FixedCatalogProvider(input.Catalog)));
        await app.StartAsync();
        Console.WriteLine(MachineInfo.Describe("in memory"));

        var periods = input.Observations.Select(o => o.Period).Distinct().Order().ToList();
        var store = app.Services.GetRequiredService<IEvaluationStore>();
        var previous = input.PreviousAlerts;
        var save = Stopwatch.StartNew();
        foreach (var period in periods)
        {
            var result = Evaluator.Evaluate(input with { Period = period, Observations = [.. input.Observations.Where(o => o.Period <= period)], PreviousAlerts = previous });
            await store.SaveAsync(result);
            previous = result.Alerts;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stored: {periods.Count} quarters of {options.Regions:N0} regions x {options.Indicators} indicators in {save.Elapsed.TotalSeconds:F1} s"));
        var last = periods[^1];
        var address = RegionalWebHost.Address(app);
        using var http = new HttpClient { BaseAddress = address };
        var path = new Uri($"/api/periods/{last}/scorecard", UriKind.Relative);

        var table = app.Services.GetRequiredService<TableServiceClient>().GetTableClient(app.Services.GetRequiredService<IOptions<StorageOptions>>().Value.ScorecardsTable);
        var partition = EvaluationEntities.PeriodPartition(input.Catalog.Info.Id, last);
        Console.WriteLine("| read | median | p95 | body |");
        Console.WriteLine("|---|---:|---:|---:|");
        await MeasureAsync("raw single-partition read of the scorecard rows (baseline)", async () =>
        {
            var rows = 0L;
            await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}")))
            {
                rows += row.Keys.Sum(k => (long)((row[k] as string)?.Length ?? 0));
            }

            return rows;
        });
        await MeasureAsync("GET scorecard through serve (200, JSON)", async () => (await Get(http, path, null)).Length);
        using var first = await http.GetAsync(path);
        var etag = first.Headers.ETag!.Tag;
        await MeasureAsync("GET scorecard through serve (If-None-Match, 304)", async () => (await Get(http, path, etag)).Length);

        await MeasurePageAsync(address, last.ToString(), options.Regions);
        await app.StopAsync();
        return 0;

        async Task MeasureAsync(string name, Func<Task<long>> read)
        {
            var size = await read();
            var timings = new List<TimeSpan>(options.Reads);
            for (var i = 0; i < options.Reads; i++)
            {
                var watch = Stopwatch.StartNew();
                await read();
                timings.Add(watch.Elapsed);
            }

            timings.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {Percentile(timings, 0.50).TotalMilliseconds:N0} ms | {Percentile(timings, 0.95).TotalMilliseconds:N0} ms | {size / 1024.0:N0} KiB |"));
        }
    }

    /// <summary>The province page loaded afresh five times: from the scorecard's arrival to the table and both charts drawn.</summary>
    private static async Task MeasurePageAsync(Uri address, string period, int regions)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var renders = new List<double>();
        var downloads = new List<double>();
        for (var i = 0; i < 6; i++)
        {
            await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
            var page = await context.NewPageAsync();
            await page.GotoAsync(new Uri(address, $"/?period={period}").ToString());
            await page.WaitForFunctionAsync("() => document.body.dataset.ready === 'true'", null, new PageWaitForFunctionOptions { Timeout = 120_000 });
            var rows = await page.Locator("#league tbody tr").CountAsync();
            if (rows != regions)
            {
                throw new InvalidOperationException($"the league table has {rows} rows, not {regions}");
            }

            var render = await page.EvaluateAsync<double>("() => performance.measure('render', 'scorecard-arrived', 'rendered').duration");
            var download = await page.EvaluateAsync<double>("() => performance.measure('download', 'scorecard-requested', 'scorecard-arrived').duration");
            if (i > 0)
            {
                // The first load warms the browser's script cache; it is not counted.
                renders.Add(render);
                downloads.Add(download);
            }
        }

        renders.Sort();
        downloads.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"province page, {regions:N0} regions, {renders.Count} fresh loads: scorecard request to arrival median {downloads[downloads.Count / 2]:N0} ms; arrival to table, chart and board drawn median {renders[renders.Count / 2]:N0} ms, max {renders[^1]:N0} ms"));
    }

    private static async Task<byte[]> Get(HttpClient http, Uri path, string? etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        using var response = await http.SendAsync(request);
        var expected = etag is null ? 200 : 304;
        if ((int)response.StatusCode != expected)
        {
            throw new InvalidOperationException($"the scorecard answered {(int)response.StatusCode}, not {expected}");
        }

        return await response.Content.ReadAsByteArrayAsync();
    }

    private static Dictionary<string, string?> Settings(string connectionString)
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var settings = new Dictionary<string, string?>
        {
            ["RegionalStorage"] = connectionString,
            ["Auth:Mode"] = "Development",

            // The host checks the catalog folder at start; the served catalog is the synthetic one registered above.
            ["Catalog:Path"] = BundledCatalog(),
            ["IngestQueueName"] = "bench-ingest-" + suffix,
            ["EvaluateQueueName"] = "bench-evaluate-" + suffix,
        };
        foreach (var table in new[] { "ObservationsTable", "ObservationHistoryTable", "SubmissionsTable", "SubmissionsByDayTable", "ScorecardsTable", "RankingsTable", "FindingsTable", "AlertStatesTable", "PoisonLogTable" })
        {
            settings[$"Storage:{table}"] = "bench" + table.Replace("Table", string.Empty, StringComparison.Ordinal) + suffix;
        }

        return settings;
    }

    private static string BundledCatalog()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !Directory.Exists(Path.Combine(folder.FullName, "catalog", "sichuan")))
        {
            folder = folder.Parent;
        }

        return folder is null ? throw new InvalidOperationException("the repository's catalog folder was not found") : Path.Combine(folder.FullName, "catalog", "sichuan");
    }

    /// <summary>Nearest-rank percentile of sorted timings.</summary>
    private static TimeSpan Percentile(List<TimeSpan> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
