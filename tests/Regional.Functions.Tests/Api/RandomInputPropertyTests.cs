using System.Text;
using CsCheck;
using Regional.Api.Http;
using Regional.Api.Routes;

namespace Regional.Functions.Tests.Api;

/// <summary>
/// Random requests through every endpoint: values mixed from valid ones, hostile ones and random text, in every path
/// and query parameter, with random callers, Accept headers and bodies. Whatever comes in, the answer is never a 5xx,
/// every 4xx is a problem with a code, and a private resource is only ever answered to a caller allowed to read it.
/// </summary>
public sealed class RandomInputPropertyTests(AzuriteFixture azurite) : ApiTest(azurite)
{
    private static readonly string[] Valid = ["2025", Q3, Q2, "2025-09", "gdp_growth", "gdp", As.Chengdu, As.Zigong, As.Province, "chengdu-q3", "panxi", "csv", "json", "2024-Q1"];

    private static readonly Gen<string> Value = Gen.Frequency(
        (3, (IGen<string>)Gen.OneOf(Valid)),
        (3, Gen.OneOf(HostileInputTests.Hostile)),
        (2, Gen.String[0, 24]),
        (1, Gen.Char["0123456789-QMSA'= or"].Array[1, 12].Select(c => new string(c))));

    private static readonly Gen<string> Name = Gen.Frequency(
        (4, (IGen<string>)Gen.OneOf(ApiRoutes.All.SelectMany(r => r.QueryParameters).Select(p => p.Name).Distinct().ToArray())),
        (1, Gen.OneOf("PartitionKey", "$filter", "region", "code", "")),
        (1, Gen.String[1, 8]));

    private static readonly Gen<string?> Principal = Gen.Frequency(
        (6, (IGen<string?>)Gen.OneOf(As.Everyone.Values.ToArray())),
        (1, Gen.String[0, 30].Select(s => (string?)s)),
        (1, Gen.OneOf<string?>(As.Principal("x", "region-viewer:510100' or '1'='1"), As.Principal("y", "province-viewer ", "ADMINISTRATOR", "region-submitter:"))));

    private static readonly Gen<string> Accept = Gen.OneOf("", "*/*", "application/json", "text/csv", "text/html", "application/*;q=0", "text/*");

    private static readonly Gen<string?> ContentType = Gen.OneOf<string?>(null, "application/json", "text/csv", "application/vnd.sdmx.data+json", "text/plain", "application/json; charset=latin1");

    private static readonly Gen<byte[]> Body = Gen.Frequency(
        (2, (IGen<byte[]>)Gen.Byte.Array[0, 200]),
        (2, Gen.String[0, 200].Select(Encoding.UTF8.GetBytes)),
        (1, Gen.OneOf(
            Encoding.UTF8.GetBytes(Payloads.Envelope("r1", Payloads.Figure(As.Chengdu, "gdp_growth", Q3, 5.9))),
            Encoding.UTF8.GetBytes(Payloads.Envelope("r2", Payloads.Figure(As.Zigong, "gdp_growth", Q3, 5.9))),
            Encoding.UTF8.GetBytes(Payloads.SdmxCsv(Q3, (As.Chengdu, "gdp_growth", 5.9))))));

    private static readonly Gen<Call> Calls =
        Gen.Select(Gen.OneOf(ApiRoutes.All.ToArray()), Value.Array[3], Gen.Select(Name, Value).Array[0, 4], Principal, Accept, ContentType, Body)
            .Select((route, path, query, principal, accept, contentType, body) => new Call(route, path, query, principal, accept, contentType, body));

    [Fact]
    public async Task RandomRequestsNeverFailTheServerAndOnlyAllowedCallersSeePrivateData()
    {
        await EvaluatedAsync(Q3);
        await Api.Post("/api/submissions", As.ChengduSubmitter, "application/json", Payloads.Envelope("chengdu-q3", Payloads.Figure(As.Chengdu, "gdp_growth", Q3, 5.9)));

        await Calls.SampleAsync(async call =>
        {
            var response = await Api.Send(call.Route.Method, call.Path, call.Principal, call.ContentType, call.Route.Method == "POST" ? call.Body : null, call.Headers);

            var body = Encoding.UTF8.GetString(response.Body.Span);
            Assert.True(response.Status < 500, $"{call} answered {response.Status}: {body}");
            if (response.Status >= 400)
            {
                Assert.Equal(MediaTypes.Problem, response.ContentType);
                Assert.False(string.IsNullOrEmpty(response.Read<Problem>().Code));
            }

            if (call.Route == ApiRoutes.Submission && response.Status == 200)
            {
                Assert.True(
                    call.Principal is null || call.Principal == As.ProvinceViewer || call.Principal == As.Administrator
                    || call.Principal == As.ChengduViewer || call.Principal == As.ChengduSubmitter || call.Principal == As.ChengduResponder,
                    $"{call} read a Chengdu submission");
            }

            if (call.Route == ApiRoutes.Acknowledge && response.Status == 200)
            {
                Assert.Equal(As.ChengduResponder, call.Principal);
            }

            if (call.Route == ApiRoutes.AddSilence && response.Status == 201)
            {
                Assert.Equal(As.Administrator, call.Principal);
            }

            if (call.Route == ApiRoutes.PostSubmission && response.Status == 202)
            {
                Assert.Equal(As.ChengduSubmitter, call.Principal);
            }
        }, iter: 400, threads: 1, print: c => c.ToString());
    }

    private sealed record Call(ApiRoute Route, string[] PathValues, (string Name, string Value)[] Query, string? Principal, string Accept, string? ContentType, byte[] Body)
    {
        public string Path
        {
            get
            {
                var template = Route.Template;
                var i = 0;
                foreach (var parameter in Route.PathParameters)
                {
                    // An empty segment would not reach the function at all: the host routes it nowhere.
                    var value = PathValues[i++];
                    template = template.Replace("{" + parameter.Name + "}", Uri.EscapeDataString(value.Length == 0 ? "x" : value), StringComparison.Ordinal);
                }

                var query = string.Join('&', Query.Select(q => $"{Uri.EscapeDataString(q.Name)}={Uri.EscapeDataString(q.Value)}"));
                return "/api/" + template + (query.Length > 0 ? "?" + query : string.Empty);
            }
        }

        public (string Name, string Value)[] Headers => Accept.Length == 0 ? [] : [("Accept", Accept)];

        public override string ToString() => $"{Route.Method} {Path} as {Principal ?? "function key"} accept '{Accept}' content-type '{ContentType}' body {Body.Length} bytes";
    }
}
