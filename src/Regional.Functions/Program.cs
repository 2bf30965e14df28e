using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using Regional.Azure;
using Regional.Functions.Telemetry;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddRegional(builder.Configuration);
builder.Services.AddRegionalTelemetry(builder.Configuration);
builder.Build().Run();
