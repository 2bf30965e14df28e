using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using Regional.Api.Http;
using Regional.Api.Routes;
using Regional.Periods;
using Regional.Serialization;

namespace Regional.Api.OpenApi;

/// <summary>
/// The OpenAPI 3.1 document of the HTTP API, generated from the route table (<see cref="ApiRoutes.All"/>) and the
/// response contracts (their JSON Schemas exported with the same serializer options the API answers with).
/// </summary>
public static class OpenApiDocument
{
    public const string Version = "1.0.0";

    private static readonly Lazy<byte[]> Cached = new(() => JsonSerializer.SerializeToUtf8Bytes(Build(ApiRoutes.All), RegionalJson.Indented));

    /// <summary>The document for the app's routes, built once.</summary>
    public static ReadOnlyMemory<byte> Utf8 => Cached.Value;

    public static JsonObject Build(IEnumerable<ApiRoute> routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        var schemas = new JsonObject { ["Problem"] = Schema(typeof(Problem)) };
        var paths = new JsonObject();
        foreach (var route in routes)
        {
            if (paths[route.Path] is not JsonObject item)
            {
                paths[route.Path] = item = [];
            }

            item[route.Method.ToLowerInvariant()] = Operation(route, schemas);
        }

        return new JsonObject
        {
            ["openapi"] = "3.1.0",
            ["info"] = new JsonObject
            {
                ["title"] = "Regional dashboard API",
                ["version"] = Version,
                ["description"] = "Compares the regions of a province against growth targets and red lines. JSON is camelCase; errors are RFC 9457 problem details with a machine-readable code. " +
                    "Protected operations need a function key (x-functions-key header or code query parameter) and, behind App Service Authentication, a signed-in principal whose app roles decide access: " +
                    "province-viewer, administrator, region-viewer:<code>, region-submitter:<code>, alert-responder:<code>. A function-key client without a principal has province-viewer rights.",
            },
            ["servers"] = new JsonArray(new JsonObject { ["url"] = "/" }),
            ["tags"] = new JsonArray([.. routes.Select(r => r.Tag).Distinct().Select(t => (JsonNode)new JsonObject { ["name"] = t })]),
            ["paths"] = paths,
            ["components"] = new JsonObject
            {
                ["schemas"] = schemas,
                ["securitySchemes"] = new JsonObject
                {
                    ["functionKey"] = new JsonObject { ["type"] = "apiKey", ["in"] = "header", ["name"] = "x-functions-key" },
                    ["entra"] = new JsonObject { ["type"] = "http", ["scheme"] = "bearer", ["description"] = "A Microsoft Entra token for the API's app registration; App Service Authentication validates it." },
                },
            },
        };
    }

    private static JsonObject Operation(ApiRoute route, JsonObject schemas)
    {
        var operation = new JsonObject
        {
            ["operationId"] = route.Function,
            ["tags"] = new JsonArray(route.Tag),
            ["summary"] = route.Summary,
            ["x-access"] = JsonNamingPolicy.KebabCaseLower.ConvertName(route.Access.ToString()),
            ["parameters"] = new JsonArray([.. route.PathParameters.Select(p => Parameter(p, "path")), .. route.QueryParameters.Select(p => Parameter(p, "query"))]),
            ["responses"] = Responses(route, schemas),
        };
        operation["security"] = route.Access == RouteAccess.Anonymous
            ? new JsonArray()
            : new JsonArray(new JsonObject { ["functionKey"] = new JsonArray() }, new JsonObject { ["functionKey"] = new JsonArray(), ["entra"] = new JsonArray() });
        if (route.ProblemStatuses.Contains(412))
        {
            operation["parameters"]!.AsArray().Add(new JsonObject
            {
                ["name"] = "If-Match",
                ["in"] = "header",
                ["required"] = false,
                ["description"] = "The ETag of the alert as last read: the change is made only over that version (412 otherwise). * matches any stored alert.",
                ["schema"] = new JsonObject { ["type"] = "string" },
            });
        }

        if (!route.Consumes.IsDefaultOrEmpty)
        {
            var content = new JsonObject();
            foreach (var type in route.Consumes)
            {
                content[type] = new JsonObject { ["schema"] = type.Contains("json", StringComparison.Ordinal) ? new JsonObject { ["type"] = "object" } : new JsonObject { ["type"] = "string" } };
            }

            operation["requestBody"] = new JsonObject { ["required"] = true, ["content"] = content };
        }

        return operation;
    }

    private static JsonObject Parameter(ApiParameter parameter, string location)
    {
        var schema = new JsonObject { ["type"] = "string" };
        if (!parameter.Values.IsDefaultOrEmpty)
        {
            schema["enum"] = new JsonArray([.. parameter.Values.Select(v => (JsonNode)v)]);
        }

        return new JsonObject
        {
            ["name"] = parameter.Name,
            ["in"] = location,
            ["required"] = location == "path" || parameter.Required,
            ["description"] = parameter.Description,
            ["example"] = parameter.Example,
            ["schema"] = schema,
        };
    }

    private static JsonObject Responses(ApiRoute route, JsonObject schemas)
    {
        var success = new JsonObject { ["description"] = route.SuccessStatus == 202 ? "Accepted" : "OK" };
        if (route.Conditional)
        {
            success["headers"] = new JsonObject { ["ETag"] = new JsonObject { ["description"] = "Send it back in If-None-Match to poll cheaply.", ["schema"] = new JsonObject { ["type"] = "string" } } };
        }
        else if (route.ResponseType == typeof(Contracts.AlertDocument))
        {
            success["headers"] = new JsonObject { ["ETag"] = new JsonObject { ["description"] = "The alert's version: send it in If-Match to respond only over it.", ["schema"] = new JsonObject { ["type"] = "string" } } };
        }

        var content = new JsonObject();
        foreach (var type in route.Produces)
        {
            var bare = MediaTypes.Bare(type);
            content[bare] = route.ResponseType is { } response && bare == "application/json"
                ? new JsonObject { ["schema"] = Reference(response, schemas) }
                : new JsonObject { ["schema"] = new JsonObject { ["type"] = bare == "application/json" ? "object" : "string" } };
        }

        success["content"] = content;
        var responses = new JsonObject { [route.SuccessStatus.ToString(System.Globalization.CultureInfo.InvariantCulture)] = success };
        if (route.Conditional)
        {
            responses["304"] = new JsonObject { ["description"] = "Not modified: the If-None-Match header named the current ETag." };
        }

        foreach (var status in route.ProblemStatuses.Order())
        {
            responses[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] = new JsonObject
            {
                ["description"] = Describe(status),
                ["content"] = new JsonObject { ["application/problem+json"] = new JsonObject { ["schema"] = new JsonObject { ["$ref"] = "#/components/schemas/Problem" } } },
            };
        }

        return responses;
    }

    private static JsonObject Reference(Type type, JsonObject schemas)
    {
        if (!schemas.ContainsKey(type.Name))
        {
            schemas[type.Name] = Schema(type);
        }

        return new JsonObject { ["$ref"] = $"#/components/schemas/{type.Name}" };
    }

    private static JsonNode Schema(Type type) =>
        JsonSchemaExporter.GetJsonSchemaAsNode(RegionalJson.Options, type, new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, schema) =>
            {
                var target = Nullable.GetUnderlyingType(context.TypeInfo.Type) ?? context.TypeInfo.Type;
                if (target == typeof(Period) && schema is JsonObject period)
                {
                    period["type"] = context.TypeInfo.Type == typeof(Period) ? "string" : new JsonArray("string", "null");
                    period["description"] = "A period in SDMX form: 2025, 2025-S1, 2025-Q3 or 2025-09.";
                }

                return schema;
            },
        });

    private static string Describe(int status) => status switch
    {
        400 => "Bad request: a path or query value, the body or a token is not valid.",
        401 => "The client principal could not be read.",
        403 => "The caller's roles do not allow this.",
        404 => "Not found.",
        406 => "None of the accepted media types can be produced.",
        409 => "Conflict with what is stored, or others changed the same record at the same moment on every retry (code conflict, with Retry-After).",
        412 => "If-Match does not name the current version; the ETag header carries the current one.",
        413 => "The body is too large.",
        415 => "The content type is not supported.",
        422 => "The content has problems; every one is listed.",
        503 => "Authentication is not configured where the app runs, or storage is unavailable.",
        _ => "Problem.",
    };

    /// <summary>Every (method, path) the document lists, for checks against the host's bindings.</summary>
    public static ImmutableArray<(string Method, string Path)> Operations(JsonObject document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return [.. document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject().Select(o => (o.Key.ToUpperInvariant(), p.Key)))];
    }
}
