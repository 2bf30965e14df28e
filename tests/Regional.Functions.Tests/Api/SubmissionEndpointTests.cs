using System.Text;
using Regional.Api.Contracts;
using Regional.Api.Http;
using Regional.Functions.Evaluation;
using Regional.Functions.Ingestion;
using Regional.Storage;
using Regional.Submissions;
using static Regional.Functions.Tests.Payloads;

namespace Regional.Functions.Tests.Api;

public sealed class SubmissionEndpointTests(AzuriteFixture azurite) : ApiTest(azurite)
{
    private static string ChengduEnvelope(string id = "chengdu-2025-Q3-001", double value = 5.9) =>
        Envelope(id, Figure(As.Chengdu, "gdp_growth", Q3, value), Figure(As.Chengdu, "gdp", Q3, 17000));

    [Fact]
    public async Task PostedEnvelopeIsArchivedQueuedAndFollowedThroughIngestionAndEvaluation()
    {
        var posted = await Api.Post("/api/submissions", As.ChengduSubmitter, "application/json", ChengduEnvelope());

        var received = Ok<SubmissionView>(posted, 202);
        Assert.Equal("/api/submissions/510100:chengdu-2025-Q3-001", posted.Header("Location"));
        Assert.Equal(SubmissionStatus.Received, received.Status);
        Assert.Equal([As.Chengdu], received.Regions.AsEnumerable());
        Assert.Equal(SubmissionStatus.Received, Ok<SubmissionView>(await Api.Get(received.Location, As.ChengduViewer)).Status);

        await App.Function<IngestFromQueue>().Run(await Deliveries.Receive(App, App.Storage.IngestQueue), CancellationToken.None);
        var accepted = Ok<SubmissionView>(await Api.Get(received.Location, As.ChengduViewer));
        await App.Function<EvaluateFromQueue>().Run(await Deliveries.Receive(App, App.Storage.EvaluateQueue), CancellationToken.None);
        var processed = Ok<SubmissionView>(await Api.Get(received.Location, As.ChengduResponder));

        Assert.Equal((SubmissionStatus.Accepted, 2), (accepted.Status, accepted.Counts!.Added));
        Assert.Equal(SubmissionStatus.Processed, processed.Status);
    }

    [Fact]
    public async Task SdmxCsvIsAnsweredWithTheIdIngestionGivesIt()
    {
        var csv = SdmxCsv(Q3, (As.Chengdu, "gdp_growth", 5.9), (As.Chengdu, "retail_growth", 4.1));

        var received = Ok<SubmissionView>(await Api.Post("/api/submissions", As.ChengduSubmitter, "application/vnd.sdmx.data+csv", csv), 202);
        await App.Function<IngestFromQueue>().Run(await Deliveries.Receive(App, App.Storage.IngestQueue), CancellationToken.None);

        var record = await App.Get<ISubmissionStore>().GetAsync(received.Id);
        Assert.Equal(SubmissionStatus.Accepted, record!.Status);
        Assert.Equal(SubmissionStatus.Accepted, Ok<SubmissionView>(await Api.Get(received.Location, As.ChengduSubmitter)).Status);
    }

    [Fact]
    public async Task FiguresTheCatalogRefusesAreRecordedAsARejectionWithEveryReason()
    {
        var body = Envelope("chengdu-bad", Figure(As.Chengdu, "happiness", Q3, 9), Figure(As.Chengdu, "gdp_growth", "2026-Q1", 6));
        var received = Ok<SubmissionView>(await Api.Post("/api/submissions", As.ChengduSubmitter, "application/json", body), 202);

        await App.Function<IngestFromQueue>().Run(await Deliveries.Receive(App, App.Storage.IngestQueue), CancellationToken.None);

        var rejected = Ok<SubmissionView>(await Api.Get(received.Location, As.ChengduViewer));
        Assert.Equal(SubmissionStatus.Rejected, rejected.Status);
        Assert.Superset(new HashSet<string> { ProblemCodes.UnknownIndicator, ProblemCodes.FuturePeriod }, rejected.Problems.Select(p => p.Code).ToHashSet());
    }

    [Fact]
    public async Task ProvinceBureauSubmitsForEveryPrefecture()
    {
        var response = await Api.Post("/api/submissions", As.ProvinceSubmitter, "application/json", Envelope("province-q3", Complete(Q3, Regions)));

        Assert.Equal(Regions.Order(StringComparer.Ordinal), Ok<SubmissionView>(response, 202).Regions);
    }

    [Fact]
    public async Task SubmitterOfAnotherRegionIsRefusedAndNothingIsKeptOrQueued()
    {
        var problem = ProblemOf(await Api.Post("/api/submissions", As.ZigongSubmitter, "application/json", ChengduEnvelope()), 403);

        Assert.Equal(ApiProblemCodes.Forbidden, problem.Code);
        Assert.Contains(As.Chengdu, problem.Detail, StringComparison.Ordinal);
        await NothingKept();
    }

    [Fact]
    public async Task AnotherRegionsFigureHiddenInOwnSubmissionIsRefusedWhole()
    {
        var body = Envelope("mixed", Figure(As.Chengdu, "gdp_growth", Q3, 5.9), Figure(As.Zigong, "gdp_growth", Q3, 1.0));

        ProblemOf(await Api.Post("/api/submissions", As.ChengduSubmitter, "application/json", body), 403);

        await NothingKept();
    }

    [Fact]
    public async Task FigureOfARegionTheCatalogDoesNotKnowIsNotCoveredByAnyRegionalRole()
    {
        var body = Envelope("ghost", Figure("999999", "gdp_growth", Q3, 5.9));

        ProblemOf(await Api.Post("/api/submissions", As.ProvinceSubmitter, "application/json", body), 403);

        await NothingKept();
    }

    [Theory]
    [InlineData("province-viewer")]
    [InlineData("administrator")]
    [InlineData("chengdu-viewer")]
    [InlineData("chengdu-responder")]
    [InlineData("function-key")]
    [InlineData("no-roles")]
    public async Task OnlySubmittersMaySubmit(string caller)
    {
        ProblemOf(await Api.Post("/api/submissions", As.Everyone[caller], "application/json", ChengduEnvelope()), 403);

        await NothingKept();
    }

    [Fact]
    public async Task SubmissionOfAnotherRegionCannotBeReadByItsNeighbours()
    {
        await Api.Post("/api/submissions", As.ChengduSubmitter, "application/json", ChengduEnvelope());
        const string location = "/api/submissions/510100:chengdu-2025-Q3-001";

        Assert.Equal(ApiProblemCodes.Forbidden, ProblemOf(await Api.Get(location, As.ZigongSubmitter), 403).Code);
        Assert.Equal(ApiProblemCodes.Forbidden, ProblemOf(await Api.Get(location, As.NoRoles), 403).Code);
        Assert.Equal(200, (await Api.Get(location, As.ProvinceViewer)).Status);
        Assert.Equal(200, (await Api.Get(location, As.Administrator)).Status);
        Assert.Equal(200, (await Api.Get(location, As.FunctionKey)).Status);
    }

    [Fact]
    public async Task SubmissionThatCameByQueueIsReadableByTheRolesOfTheRegionsInItsPayload()
    {
        await App.Function<IngestFromQueue>().Run(Deliveries.Message(Envelope("zigong-q3", Figure(As.Zigong, "gdp_growth", Q3, 5.2))), CancellationToken.None);

        var view = Ok<SubmissionView>(await Api.Get("/api/submissions/510300:zigong-q3", As.ZigongSubmitter));

        Assert.Equal(SubmissionStatus.Accepted, view.Status);
        Assert.Equal([As.Zigong], view.Regions.AsEnumerable());
        ProblemOf(await Api.Get("/api/submissions/510300:zigong-q3", As.ChengduViewer), 403);
    }

    [Fact]
    public async Task SameIdWithOtherContentIsAConflictAndTheSamePostAgainIsAccepted()
    {
        Assert.Equal(202, (await Api.Post("/api/submissions", As.ChengduSubmitter, "application/json", ChengduEnvelope())).Status);

        var again = await Api.Post("/api/submissions", As.ChengduSubmitter, "application/json", ChengduEnvelope());
        var other = await Api.Post("/api/submissions", As.ChengduSubmitter, "application/json", ChengduEnvelope(value: 6.5));

        Assert.Equal(202, again.Status);
        Assert.Equal(ApiProblemCodes.DuplicateSubmissionId, ProblemOf(other, 409).Code);
    }

    [Fact]
    public async Task UnreadableBodiesAreRefusedAtTheDoorWithEveryReasonAndNothingKept()
    {
        var malformed = ProblemOf(await Api.Post("/api/submissions", As.ChengduSubmitter, "application/json", """{ "schema": "regional.submission/v1", "observations": [ """), 400);
        var empty = ProblemOf(await Api.Post("/api/submissions", As.ChengduSubmitter, "application/json", "   "), 400);
        var invalid = ProblemOf(await Api.Post("/api/submissions", As.ChengduSubmitter, "application/json", ChengduEnvelope().Replace(Q3, "2025-Q7", StringComparison.Ordinal)), 422);
        var latin1 = ProblemOf(await Api.Post("/api/submissions", As.ChengduSubmitter, "text/csv", [0x44, 0x41, 0xE9, 0xFF, 0x0A]), 400);

        Assert.Equal(ApiProblemCodes.MalformedSubmission, malformed.Code);
        Assert.Contains(malformed.Errors!.Value, e => e.Code == ProblemCodes.MalformedJson);
        Assert.Equal(ApiProblemCodes.MalformedSubmission, empty.Code);
        Assert.Equal(ApiProblemCodes.InvalidSubmission, invalid.Code);
        Assert.All(invalid.Errors!.Value, e => Assert.Equal(ProblemCodes.InvalidPeriod, e.Code));
        Assert.Equal(ApiProblemCodes.InvalidEncoding, latin1.Code);
        await NothingKept();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("application/json'; DROP")]
    public async Task ContentTypesOtherThanTheSubmissionFormatsAre415(string? contentType)
    {
        var problem = ProblemOf(await Api.Post("/api/submissions", As.ChengduSubmitter, contentType, ChengduEnvelope()), 415);

        Assert.Equal(ApiProblemCodes.UnsupportedMediaType, problem.Code);
        await NothingKept();
    }

    [Fact]
    public async Task BodyOverTheLimitIs413WhetherDeclaredOrNot()
    {
        await DisposeAsync();
        await InitializeWith(settings =>
        {
            Development(settings);
            settings["Submissions:MaxBytes"] = "1024";
        });
        var big = Encoding.UTF8.GetBytes(ChengduEnvelope() + new string(' ', 2048));

        var declared = await Api.Post("/api/submissions", As.ChengduSubmitter, "application/json", big);
        var undeclared = await Api.Send("POST", "/api/submissions", As.ChengduSubmitter, "application/json", big, ("Content-Length", string.Empty));

        Assert.Equal(ApiProblemCodes.PayloadTooLarge, ProblemOf(declared, 413).Code);
        Assert.Equal(ApiProblemCodes.PayloadTooLarge, ProblemOf(undeclared, 413).Code);
        await NothingKept();
    }

    [Theory]
    [InlineData("no-such-submission", 404, ApiProblemCodes.SubmissionNotFound)]
    [InlineData("x' or PartitionKey ne '", 400, ApiProblemCodes.InvalidSubmissionId)]
    [InlineData("../../raw-payloads", 400, ApiProblemCodes.InvalidSubmissionId)]
    public async Task UnknownOrMalformedIdsAreProblems(string id, int status, string code)
    {
        Assert.Equal(code, ProblemOf(await Api.Get($"/api/submissions/{Uri.EscapeDataString(id)}", As.ProvinceViewer), status).Code);
    }

    private async Task NothingKept()
    {
        Assert.Null((await App.Queue(App.Storage.IngestQueue).PeekMessageAsync()).Value);
        await foreach (var blob in App.Container(App.Storage.RawPayloadContainer).GetBlobsAsync())
        {
            Assert.Fail($"blob {blob.Name} was kept");
        }
    }
}
