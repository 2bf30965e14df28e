using Microsoft.Extensions.Hosting;
using Regional.Api;

namespace Regional.Azure.Api;

/// <summary>
/// Reads the API settings when the host starts, so settings the API refuses (a token key missing in Azure, one that is
/// not Base64 of 32 bytes) stop the app before it answers anything; options validated on start are not relied on
/// alone: not every host runs them.
/// </summary>
internal sealed class ApiSettingsCheckAtStart(ApiSettings settings) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = settings.IngestQueue;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
