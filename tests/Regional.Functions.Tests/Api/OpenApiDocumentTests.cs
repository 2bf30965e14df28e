using System.Text.Json.Nodes;
using Regional.Api.Routes;

namespace Regional.Functions.Tests.Api;

public sealed class OpenApiDocumentTests(AzuriteFixture azurite) : ApiTest(azurite)
{
    private static readonly FunctionsMetadata Metadata = FunctionsMetadata.Load();

    // The document is anonymous: served even where authentication is not configured.
    public override Task InitializeAsync() => InitializeWith(null);

    [Fact]
    public async Task DocumentListsExactlyTheHttpRoutesTheHostBinds()
    {
        var document = JsonNode.Parse((await Api.Get("/api/openapi.json")).Body.Span)!.AsObject();

        var documented = Regional.Api.OpenApi.OpenApiDocument.Operations(document).Select(o => $"{o.Method} {o.Path}").Order(StringComparer.Ordinal);
        var bound = HttpTriggers().SelectMany(t => t.Methods.Select(m => $"{m.ToUpperInvariant()} /api/{t.Route}")).Order(StringComparer.Ordinal);

        Assert.Equal(bound, documented);
    }

    [Fact]
    public async Task EveryOperationIsNamedForItsFunctionAndEveryResponseSchemaResolves()
    {
        var document = JsonNode.Parse((await Api.Get("/api/openapi.json")).Body.Span)!.AsObject();
        var schemas = document["components"]!["schemas"]!.AsObject();

        var operations = document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject().Select(o => o.Value!.AsObject())).ToList();
        Assert.Equal(HttpTriggers().Select(t => t.Function).Order(StringComparer.Ordinal), operations.Select(o => o["operationId"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        var references = document.ToJsonString().Split("\"$ref\":\"#/components/schemas/").Skip(1).Select(s => s[..s.IndexOf('"', StringComparison.Ordinal)]).Distinct();
        Assert.All(references, name => Assert.True(schemas.ContainsKey(name), $"schema {name} is referenced but not defined"));
        Assert.Equal("3.1.0", document["openapi"]!.GetValue<string>());
    }

    [Fact]
    public void RouteTableAndHostAgreeOnWhichRoutesAreAnonymous()
    {
        foreach (var (function, _, _, authLevel) in HttpTriggers())
        {
            var route = ApiRoutes.All.Single(r => r.Function == function);
            Assert.Equal(route.Access == RouteAccess.Anonymous ? "Anonymous" : "Function", authLevel);
        }
    }

    /// <summary>The API's HTTP functions: every one but the dashboard's files, which are pages, not operations.</summary>
    private static IEnumerable<(string Function, string Route, string[] Methods, string AuthLevel)> HttpTriggers() =>
        Metadata.FunctionNames
            .Where(name => name != "Dashboard")
            .Select(name => (Name: name, Trigger: Metadata.Trigger(name)))
            .Where(f => f.Trigger.GetProperty("type").GetString() == "httpTrigger")
            .Select(f => (
                f.Name,
                f.Trigger.GetProperty("route").GetString()!,
                f.Trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!).ToArray(),
                f.Trigger.GetProperty("authLevel").GetString()!));
}
