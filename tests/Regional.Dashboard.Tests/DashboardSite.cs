using System.Text;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Playwright;
using Regional.Catalogs;
using Regional.Cli;
using Regional.Sample;
using Spectre.Console;

namespace Regional.Dashboard.Tests;

/// <summary>
/// The dashboard as an official opens it: storage on the emulator (names unique to this run) seeded with the bundled
/// catalog and the synthetic sample ingested and evaluated by <c>regional demo</c>, then <c>regional serve</c> on a free
/// loopback port, and Debian's Chromium driven by Playwright. Built once for every browser test, removed afterwards.
/// </summary>
public sealed class DashboardSite : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private static readonly string[] ChromiumFlags =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private readonly CancellationTokenSource _stop = new();
    private readonly StringWriter _output = new();
    private readonly StringWriter _errors = new();
    private Task<int>? _serving;
    private IPlaywright? _playwright;

    public string Connection { get; } = Environment.GetEnvironmentVariable("REGIONAL_STORAGE_CONNECTION") is { Length: > 0 } configured ? configured : "UseDevelopmentStorage=true";

    public Dictionary<string, string?> Settings { get; } = UniqueSettings();

    public Catalog Catalog { get; } = CatalogLoader.LoadDefault();

    public SampleManifest Manifest { get; private set; } = null!;

    public Uri Address { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: install Debian's chromium package (scripts/test.sh does, as root).");
        Settings["RegionalStorage"] = Connection;
        var context = Context();
        var demo = await RegionalCli.RunAsync(["demo"], context);
        Assert.True(demo is ExitCodes.Success, $"regional demo exited with {demo}: {_errors}");
        Manifest = SampleDataGenerator.Generate(Catalog, SampleDataGenerator.DefaultSeed).Manifest;

        _serving = Task.Run(() => RegionalCli.RunAsync(["serve", "--port", "0"], Context(), _stop.Token));
        Address = await ServingAddressAsync();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true, Args = ChromiumFlags });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await _stop.CancelAsync();
        if (_serving is not null)
        {
            await _serving;
        }

        var tables = new TableServiceClient(Connection);
        var blobs = new BlobServiceClient(Connection);
        var queues = new QueueServiceClient(Connection);
        var deletes = Settings.Where(s => s.Key.EndsWith("Table", StringComparison.Ordinal)).Select(s => (Task)tables.DeleteTableAsync(s.Value))
            .Concat(Settings.Where(s => s.Key.EndsWith("Container", StringComparison.Ordinal)).Select(s => (Task)blobs.GetBlobContainerClient(s.Value).DeleteIfExistsAsync()))
            .Concat(Settings.Where(s => s.Key.EndsWith("QueueName", StringComparison.Ordinal) || s.Key == "Alerts:Queue")
                .SelectMany(s => new[] { s.Value!, s.Value + "-poison" })
                .Select(q => (Task)queues.GetQueueClient(q).DeleteIfExistsAsync()));
        await Task.WhenAll(deletes);
        _stop.Dispose();
    }

    /// <summary>A fresh browser context (its own storage, so its own "view as") and page on the site, recording what it logs and asks.</summary>
    public async Task<SitePage> OpenAsync(string path)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Address.ToString(), Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        // The machine is shared: give a slow moment room, the tests still wait for what they check.
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        var site = new SitePage(context, page, Address);
        await site.GotoAsync(path);
        return site;
    }

    /// <summary>Where the tests write the screenshots the README shows: docs/images of the repository.</summary>
    public static string ImagePath(string name)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Regional.sln")))
        {
            folder = folder.Parent;
        }

        Assert.NotNull(folder);
        var images = Directory.CreateDirectory(Path.Combine(folder.FullName, "docs", "images"));
        return Path.Combine(images.FullName, name);
    }

    private CliContext Context()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(TextWriter.Synchronized(new StringWriter())),
        });
        return new CliContext(console, TextWriter.Synchronized(_output), TextWriter.Synchronized(_errors), TimeProvider.System, Settings);
    }

    private async Task<Uri> ServingAddressAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!timeout.IsCancellationRequested)
        {
            string text;
            lock (_output)
            {
                text = _output.ToString();
            }

            var line = text.Split('\n').FirstOrDefault(l => l.StartsWith("Serving ", StringComparison.Ordinal));
            if (line is not null)
            {
                return new Uri(line["Serving ".Length..].Split(' ')[0]);
            }

            if (_serving!.IsCompleted)
            {
                Assert.Fail($"regional serve exited with {await _serving}: {_errors}");
            }

            await Task.Delay(100, timeout.Token);
        }

        throw new TimeoutException($"regional serve did not announce its address: {_errors}");
    }

    private static Dictionary<string, string?> UniqueSettings()
    {
        var suffix = "web" + Guid.NewGuid().ToString("N")[..9];
        return new Dictionary<string, string?>
        {
            ["Auth:Mode"] = "Development",
            ["IngestQueueName"] = "ingest-" + suffix,
            ["EvaluateQueueName"] = "evaluate-" + suffix,
            ["Storage:ObservationsTable"] = "obs" + suffix,
            ["Storage:ObservationHistoryTable"] = "hist" + suffix,
            ["Storage:SubmissionsTable"] = "subs" + suffix,
            ["Storage:SubmissionsByDayTable"] = "subday" + suffix,
            ["Storage:ScorecardsTable"] = "cards" + suffix,
            ["Storage:RankingsTable"] = "ranks" + suffix,
            ["Storage:FindingsTable"] = "finds" + suffix,
            ["Storage:AlertStatesTable"] = "alerts" + suffix,
            ["Storage:PoisonLogTable"] = "poison" + suffix,
            ["Storage:AlertsTable"] = "alertrec" + suffix,
            ["Storage:OutboxTable"] = "outbox" + suffix,
            ["Storage:SilencesTable"] = "silences" + suffix,
            ["Alerts:Queue"] = "alerts-" + suffix,
            ["Storage:RawPayloadContainer"] = "raw-" + suffix,
            ["Storage:QueuePayloadContainer"] = "qpay-" + suffix,
            ["Storage:DropContainer"] = "drop-" + suffix,
        };
    }
}

[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardSite>
{
    public const string Name = "Dashboard";
}
