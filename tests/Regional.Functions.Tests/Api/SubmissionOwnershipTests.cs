using Regional.Api.Authorization;
using Regional.Api.Contracts;
using Regional.Api.Http;
using Regional.Functions.Ingestion;
using Regional.Storage;
using Regional.Submissions;
using static Regional.Functions.Tests.Payloads;

namespace Regional.Functions.Tests.Api;

/// <summary>A submission id belongs to the regions of its figures: no other region's sender can take it, read it or learn of it.</summary>
public sealed class SubmissionOwnershipTests(AzuriteFixture azurite) : ApiTest(azurite)
{
    private const string Json = "application/json";

    /// <summary>The id Chengdu's bureau will use next quarter, which Zigong's can guess from the pattern.</summary>
    private const string Guessable = "510100-2025-Q3-bureau";

    private static readonly string ZigongViewer = As.Principal("zg-viewer", Roles.RegionViewerOf(As.Zigong));

    private static string Chengdu(string id, double value = 5.9) => Envelope(id, Figure(As.Chengdu, "gdp_growth", Q3, value), Figure(As.Chengdu, "gdp", Q3, 17000));

    private static string Zigong(string id) => Envelope(id, Figure(As.Zigong, "gdp_growth", Q3, 5.1));

    [Fact]
    public async Task AnotherRegionsSenderCannotReserveAnIdByPostingUnderItFirst()
    {
        var squatted = Ok<SubmissionView>(await Api.Post("/api/submissions", As.ZigongSubmitter, Json, Zigong(Guessable)), 202);
        await App.Function<IngestFromQueue>().Run(await Deliveries.Receive(App, App.Storage.IngestQueue), CancellationToken.None);

        var own = Ok<SubmissionView>(await Api.Post("/api/submissions", As.ChengduSubmitter, Json, Chengdu(Guessable)), 202);
        await App.Function<IngestFromQueue>().Run(await Deliveries.Receive(App, App.Storage.IngestQueue), CancellationToken.None);

        Assert.Equal($"{As.Zigong}:{Guessable}", squatted.Id);
        Assert.Equal($"{As.Chengdu}:{Guessable}", own.Id);
        var chengdus = Ok<SubmissionView>(await Api.Get(own.Location, As.ChengduViewer));
        Assert.Equal(SubmissionStatus.Accepted, chengdus.Status);
        Assert.Equal([As.Chengdu], chengdus.Regions.AsEnumerable());
        Assert.Equal(ApiProblemCodes.Forbidden, ProblemOf(await Api.Get(own.Location, ZigongViewer), 403).Code);
        Assert.Equal(SubmissionStatus.Accepted, Ok<SubmissionView>(await Api.Get(squatted.Location, ZigongViewer)).Status);
    }

    [Fact]
    public async Task AFileDroppedUnderAnIdAnotherRegionPostedIsNotSetAsideAsAConflict()
    {
        await Api.Post("/api/submissions", As.ZigongSubmitter, Json, Zigong(Guessable));

        // Chengdu's figures arrive by another channel (the queue, as a dropped file would) under the same id.
        var outcome = await IngestAsync(Chengdu(Guessable));

        Assert.Equal((SubmissionStatus.Accepted, $"{As.Chengdu}:{Guessable}"), (outcome.Submission.Status, outcome.Submission.Id));
        Assert.DoesNotContain("conflict", outcome.Submission.Id, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhoReadsASubmissionIsDecidedByItsRecordNotByAReceiptWrittenBeforeIt()
    {
        // Zigong's post is noted, but its message is never ingested; Chengdu's figures under the same id are.
        await Api.Post("/api/submissions", As.ZigongSubmitter, Json, Zigong(Guessable));
        await App.Queue(App.Storage.IngestQueue).ClearMessagesAsync();
        await IngestAsync(Chengdu(Guessable));
        var location = SubmissionEndpointsLocation($"{As.Chengdu}:{Guessable}");

        var chengdu = await Api.Get(location, As.ChengduViewer);
        var zigong = await Api.Get(location, ZigongViewer);

        Assert.Equal([As.Chengdu], Ok<SubmissionView>(chengdu).Regions.AsEnumerable());
        Assert.Equal(ApiProblemCodes.Forbidden, ProblemOf(zigong, 403).Code);
    }

    [Fact]
    public async Task AReceiptForOtherContentUnderTheSameIdDoesNotSpeakForTheRecord()
    {
        // The province bureau posts Chengdu's figures (its right), the message is lost; Chengdu's own arrive by queue.
        await Api.Post("/api/submissions", As.ProvinceSubmitter, Json, Chengdu(Guessable, 6.1));
        await App.Queue(App.Storage.IngestQueue).ClearMessagesAsync();
        await IngestAsync(Chengdu(Guessable));

        var view = Ok<SubmissionView>(await Api.Get(SubmissionEndpointsLocation($"{As.Chengdu}:{Guessable}"), As.ChengduViewer));

        Assert.Equal(SubmissionStatus.Accepted, view.Status);
        Assert.Null(view.SubmittedBy);
        Assert.Equal([As.Chengdu], view.Regions.AsEnumerable());
    }

    [Fact]
    public async Task AForeignIdAnswersTheSameWhetherOrNotItExists()
    {
        await IngestAsync(Chengdu("chengdu-q3"));

        var existing = await Api.Get($"/api/submissions/{As.Chengdu}:chengdu-q3", ZigongViewer);
        var missing = await Api.Get($"/api/submissions/{As.Chengdu}:never-sent", ZigongViewer);
        var unscopedExisting = await Api.Get("/api/submissions/chengdu-q3", ZigongViewer);
        var unscopedMissing = await Api.Get("/api/submissions/never-sent", ZigongViewer);

        Assert.All([existing, missing, unscopedExisting, unscopedMissing], r => Assert.Equal(ApiProblemCodes.Forbidden, ProblemOf(r, 403).Code));
        Assert.Equal(ProblemOf(existing, 403).Detail, ProblemOf(missing, 403).Detail);
        Assert.Equal(ApiProblemCodes.SubmissionNotFound, ProblemOf(await Api.Get($"/api/submissions/{As.Chengdu}:never-sent", As.ChengduViewer), 404).Code);
    }

    [Fact]
    public async Task ThePostRecordsTheSignedInSender()
    {
        var sender = ClientPrincipal.Encode("Chengdu Bureau of Statistics uploader", [Roles.RegionSubmitterOf(As.Chengdu)], id: "3c9a1f2e-7d4b-4e8a-b6c5-0f1e2d3c4b5a");

        var view = Ok<SubmissionView>(await Api.Post("/api/submissions", sender, Json, Chengdu("chengdu-signed")), 202);
        await App.Function<IngestFromQueue>().Run(await Deliveries.Receive(App, App.Storage.IngestQueue), CancellationToken.None);
        var after = Ok<SubmissionView>(await Api.Get(view.Location, As.ChengduViewer));

        Assert.Equal(new SubmissionSender("Chengdu Bureau of Statistics uploader", "3c9a1f2e-7d4b-4e8a-b6c5-0f1e2d3c4b5a"), view.SubmittedBy);
        Assert.Equal((SubmissionStatus.Accepted, view.SubmittedBy), (after.Status, after.SubmittedBy));
    }

    [Theory]
    [InlineData("source", 40_000)]
    [InlineData("source", EnvelopeLimits.MaxSourceLength + 1)]
    [InlineData("region", 5_000)]
    [InlineData("indicator", 5_000)]
    [InlineData("submissionId", 40_000)]
    public async Task AStringFieldOverItsMaximumIs422NamingTheFieldAndNothingIsKept(string field, int length)
    {
        var long_ = new string('x', length);
        var body = field switch
        {
            "source" => Chengdu("chengdu-long").Replace("Sichuan Provincial Bureau of Statistics", long_, StringComparison.Ordinal),
            "region" => Envelope("chengdu-long", Figure(long_, "gdp_growth", Q3, 5.9)),
            "indicator" => Envelope("chengdu-long", Figure(As.Chengdu, long_, Q3, 5.9)),
            _ => Chengdu(long_),
        };

        var problem = ProblemOf(await Api.Post("/api/submissions", As.ChengduSubmitter, Json, body), 422);

        Assert.Equal(ApiProblemCodes.InvalidSubmission, problem.Code);
        var error = Assert.Single(problem.Errors!.Value);
        Assert.EndsWith("." + field, error.Field, StringComparison.Ordinal);
        Assert.True(error.Reason.Length < 300, $"the reason repeats the value: {error.Reason.Length} characters");
        Assert.Null((await App.Queue(App.Storage.IngestQueue).PeekMessageAsync()).Value);
    }

    [Fact]
    public async Task AnEnvelopeAtEveryMaximumIsAcceptedAtTheDoorAndStored()
    {
        var source = new string('局', EnvelopeLimits.MaxSourceLength);
        var id = new string('a', EnvelopeLimits.MaxSubmissionIdLength);
        var body = Chengdu(id).Replace("Sichuan Provincial Bureau of Statistics", source, StringComparison.Ordinal);

        var view = Ok<SubmissionView>(await Api.Post("/api/submissions", As.ChengduSubmitter, Json, body), 202);
        await App.Function<IngestFromQueue>().Run(await Deliveries.Receive(App, App.Storage.IngestQueue), CancellationToken.None);

        var record = await App.Get<ISubmissionStore>().GetAsync(view.Id);
        Assert.Equal((SubmissionStatus.Accepted, source), (record!.Status, record.Source));
        Assert.Equal(SubmissionStatus.Accepted, Ok<SubmissionView>(await Api.Get(view.Location, As.ChengduViewer)).Status);
    }

    private static string SubmissionEndpointsLocation(string id) => Regional.Api.Endpoints.SubmissionEndpoints.LocationOf(id);
}
