using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Regional.Testing;

/// <summary>
/// An Azurite emulator of its own, started from the repository's pinned npm package on free loopback ports (never the
/// default 10000–10002, which a shared emulator may hold), in memory or persisting to a folder. It can be killed
/// without warning (SIGKILL) and started again on the same ports and folder; disposing always ends the process and
/// removes a folder it created.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    /// <summary>The well-known development account key every Azurite accepts.</summary>
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private const string Host = "127.0.0.1";

    private readonly string _executable;
    private readonly bool _ownsLocation;
    private readonly StringBuilder _output = new();
    private Process? _process;

    private AzuriteProcess(string executable, string? location, bool ownsLocation, int blobPort, int queuePort, int tablePort)
    {
        _executable = executable;
        Location = location;
        _ownsLocation = ownsLocation;
        BlobPort = blobPort;
        QueuePort = queuePort;
        TablePort = tablePort;
    }

    /// <summary>The folder Azurite persists to, or null when it keeps everything in memory.</summary>
    public string? Location { get; }

    public int BlobPort { get; }

    public int QueuePort { get; }

    public int TablePort { get; }

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>
    /// Processor time (user and system) the running emulator has used since it started: its own work, which a busy
    /// machine delays but does not change, unlike elapsed time.
    /// </summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            var process = _process ?? throw new InvalidOperationException("The emulator is not running.");
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    public string ConnectionString =>
        string.Create(CultureInfo.InvariantCulture, $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};")
        + string.Create(CultureInfo.InvariantCulture, $"BlobEndpoint=http://{Host}:{BlobPort}/devstoreaccount1;")
        + string.Create(CultureInfo.InvariantCulture, $"QueueEndpoint=http://{Host}:{QueuePort}/devstoreaccount1;")
        + string.Create(CultureInfo.InvariantCulture, $"TableEndpoint=http://{Host}:{TablePort}/devstoreaccount1;");

    /// <summary>What the emulator wrote to its console, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>
    /// Starts an emulator. <paramref name="persist"/> keeps data in a new temporary folder (removed on dispose), else in
    /// memory; <paramref name="location"/> names a folder to persist to instead (kept on dispose).
    /// </summary>
    public static async Task<AzuriteProcess> StartAsync(bool persist, string? location = null, TimeSpan? timeout = null)
    {
        var executable = FindExecutable();
        var ownsLocation = persist && location is null;
        if (ownsLocation)
        {
            location = Path.Combine(Path.GetTempPath(), "regional-azurite-" + Guid.NewGuid().ToString("N")[..12]);
        }

        if (location is not null)
        {
            Directory.CreateDirectory(location);
        }

        var ports = FreePorts(3);
        var azurite = new AzuriteProcess(executable, location, ownsLocation, ports[0], ports[1], ports[2]);
        try
        {
            await azurite.RestartAsync(timeout);
            return azurite;
        }
        catch
        {
            await azurite.DisposeAsync();
            throw;
        }
    }

    /// <summary>The folder holding Regional.sln, found by walking up from <paramref name="start"/> (default: the binaries' folder).</summary>
    public static string FindRepositoryRoot(string? start = null)
    {
        for (var directory = new DirectoryInfo(start ?? AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Regional.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above '{start ?? AppContext.BaseDirectory}' holds Regional.sln.");
    }

    /// <summary>The pinned emulator's version, as package.json names it.</summary>
    public static string PinnedVersion()
    {
        var package = Path.Combine(FindRepositoryRoot(), "node_modules", "azurite", "package.json");
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(package));
        return json.RootElement.GetProperty("version").GetString() ?? "unknown";
    }

    /// <summary>Starts the emulator (again) on the same ports and folder and waits until all three services answer.</summary>
    public async Task RestartAsync(TimeSpan? timeout = null)
    {
        if (IsRunning)
        {
            throw new InvalidOperationException("The emulator is already running.");
        }

        var start = new ProcessStartInfo(_executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Location ?? Path.GetTempPath(),
        };
        foreach (var argument in Arguments())
        {
            start.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;

        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (!(await AnswersAsync(BlobPort) && await AnswersAsync(QueuePort) && await AnswersAsync(TablePort)))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with code {process.ExitCode} while starting. Its output:\n{Output}");
            }

            if (DateTime.UtcNow > deadline)
            {
                Kill();
                throw new TimeoutException($"Azurite did not answer on ports {BlobPort}/{QueuePort}/{TablePort} in time. Its output:\n{Output}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Ends the emulator at once with SIGKILL: no flush, no goodbye, like a machine losing power.</summary>
    public void Kill()
    {
        if (_process is not { } process)
        {
            return;
        }

        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
            // The process ended on its own between the check and the kill.
        }

        process.Dispose();
        _process = null;
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        if (_ownsLocation && Location is not null && Directory.Exists(Location))
        {
            try
            {
                Directory.Delete(Location, recursive: true);
            }
            catch (IOException)
            {
                // A temporary folder left behind is harmless; failing the run over it is not.
            }
        }

        return ValueTask.CompletedTask;
    }

    private static string FindExecutable()
    {
        var root = FindRepositoryRoot();
        var executable = Path.Combine(root, "node_modules", ".bin", OperatingSystem.IsWindows() ? "azurite.cmd" : "azurite");
        return File.Exists(executable)
            ? executable
            : throw new InvalidOperationException(
                $"The pinned Azurite is not installed: '{executable}' is missing. Run `npm ci` in {root} " +
                "(scripts/azurite.sh start and scripts/test.sh do it for you).");
    }

    private static int[] FreePorts(int count)
    {
        // Ask the OS for ports it considers free; holding all listeners until every port is known keeps them distinct.
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(l => l.Start());
            return [.. listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port)];
        }
        finally
        {
            listeners.ForEach(l => l.Stop());
        }
    }

    private static async Task<bool> AnswersAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            await client.ConnectAsync(Host, port, timeout.Token);
            return true;
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException)
        {
            return false;
        }
    }

    private IEnumerable<string> Arguments()
    {
        string[] common =
        [
            "--blobHost", Host, "--blobPort", BlobPort.ToString(CultureInfo.InvariantCulture),
            "--queueHost", Host, "--queuePort", QueuePort.ToString(CultureInfo.InvariantCulture),
            "--tableHost", Host, "--tablePort", TablePort.ToString(CultureInfo.InvariantCulture),
            "--skipApiVersionCheck", "--disableTelemetry", "--silent",
        ];
        return Location is null ? [.. common, "--inMemoryPersistence"] : [.. common, "--location", Location];
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
