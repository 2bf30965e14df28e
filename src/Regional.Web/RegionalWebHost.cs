using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Regional.Azure;

namespace Regional.Web;

/// <summary>
/// The HTTP API and the dashboard on Kestrel (minimal hosting), for local work and the browser tests: the same
/// <c>AddRegional</c> composition as the Functions app, listening on the loopback address only.
/// </summary>
public static class RegionalWebHost
{
    public const int DefaultPort = 7071;

    /// <param name="configuration">The app's settings (storage, catalog, <c>Auth:Mode</c>), as the Functions app reads them.</param>
    /// <param name="port">The loopback port; 0 lets the system choose one (see <see cref="Address"/>).</param>
    /// <param name="services">Services registered before the shared composition (which adds only what is missing).</param>
    public static WebApplication Build(IConfiguration configuration, int port, Action<IServiceCollection>? services = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(RegionalWebHost).Assembly.GetName().Name });
        builder.Configuration.AddConfiguration(configuration);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        // Creating what exists already answers 409, which the SDK logs as a warning; the start-up treats it as done.
        builder.Logging.AddFilter("Azure.Core", LogLevel.Error);
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.None);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        services?.Invoke(builder.Services);
        builder.Services.AddRegional(builder.Configuration);
        var app = builder.Build();
        app.MapRegionalApi();
        app.MapDashboard();
        return app;
    }

    /// <summary>The address the started host listens on (with the port the system chose when it was 0).</summary>
    public static Uri Address(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("The host is not listening yet; start it first.");
        return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal), UriKind.Absolute);
    }
}
