using Regional.Alerts.Lifecycle;
using Regional.Api.Authorization;
using Regional.Api.Contracts;
using Regional.Api.Http;
using Regional.Storage;
using static Regional.Functions.Tests.Payloads;

namespace Regional.Functions.Tests.Api;

/// <summary>Who acted on an alert, and responses written only over the version the responder saw.</summary>
public sealed class AlertResponseTests(AzuriteFixture azurite) : ApiTest(azurite)
{
    private const string Json = "application/json";
    private const string ResponderId = "8d2f5a3c-1e4b-4c6d-9f0a-7b3e2d1c5a48";
    private static readonly string Responder = ClientPrincipal.Encode("Wang Fang (Chengdu DRC)", [Roles.AlertResponderOf(As.Chengdu)], id: ResponderId);

    private async Task<string> ChengduAlertAsync() => (await AlertsAsync()).First(a => a.Episode.Key.RegionCode == As.Chengdu).Id;

    [Fact]
    public async Task AcknowledgementRecordsTheSignedInPrincipalAsActorAndTheBodysOwnerApart()
    {
        var id = await ChengduAlertAsync();

        var document = Ok<AlertDocument>(await Api.Post($"/api/alerts/{id}/acknowledge", Responder, Json,
            """{ "note": "investment moved to Q4", "owner": "Governor of Sichuan" }"""));

        var line = Assert.Single(document.History, e => e.Kind == AlertEventKind.Acknowledged);
        Assert.Equal(("Wang Fang (Chengdu DRC)", ResponderId), (line.Actor, line.ActorId));
        Assert.StartsWith("Acknowledged by Wang Fang (Chengdu DRC), owner Governor of Sichuan", line.MessageEn, StringComparison.Ordinal);
        Assert.DoesNotContain("by Governor", line.MessageEn, StringComparison.Ordinal);
        Assert.Equal(("Governor of Sichuan", "Wang Fang (Chengdu DRC)", ResponderId), (document.Alert.Response.Owner, document.Alert.Response.Actor, document.Alert.Response.ActorId));
        var stored = await App.Get<IAlertStore>().HistoryAsync(CatalogId, id);
        Assert.Contains(stored, e => e.Kind == AlertEventKind.Acknowledged && e.ActorId == ResponderId);
    }

    [Fact]
    public async Task CloseRecordsTheSignedInPrincipalAndKeepsTheOwner()
    {
        var id = await ChengduAlertAsync();
        await Api.Post($"/api/alerts/{id}/acknowledge", Responder, Json, """{ "note": "on it", "owner": "Chengdu DRC" }""");

        var document = Ok<AlertDocument>(await Api.Post($"/api/alerts/{id}/close", Responder, Json, """{ "note": "projects started" }"""));

        Assert.Equal((AlertResponseStatus.Closed, "Chengdu DRC", ResponderId), (document.Alert.Response.Status, document.Alert.Response.Owner, document.Alert.Response.ActorId));
        var line = Assert.Single(document.History, e => e.Kind == AlertEventKind.Closed);
        Assert.Equal(("Wang Fang (Chengdu DRC)", ResponderId), (line.Actor, line.ActorId));
        Assert.Equal(ApiProblemCodes.AlertClosed, ProblemOf(await Api.Post($"/api/alerts/{id}/close", Responder, Json, "{}"), 409).Code);
        Assert.Equal(ApiProblemCodes.Forbidden, ProblemOf(await Api.Post($"/api/alerts/{id}/close", As.ChengduViewer, Json, "{}"), 403).Code);
    }

    [Fact]
    public async Task CloseUnderAStaleIfMatchIs412AndChangesNothing()
    {
        var id = await ChengduAlertAsync();
        var before = (await Api.Get($"/api/alerts/{id}", As.ChengduViewer)).Header("ETag")!;
        await Api.Post($"/api/alerts/{id}/acknowledge", Responder, Json, """{ "note": "on it" }""");

        var stale = await Api.Post($"/api/alerts/{id}/close", Responder, Json, System.Text.Encoding.UTF8.GetBytes("{}"), ("If-Match", before));

        Assert.Equal(ApiProblemCodes.PreconditionFailed, ProblemOf(stale, 412).Code);
        Assert.Equal(AlertResponseStatus.Acknowledged, (await App.Get<IAlertStore>().GetAsync(CatalogId, id))!.Response.Status);
        var current = stale.Header("ETag")!;
        Assert.Equal(200, (await Api.Post($"/api/alerts/{id}/close", Responder, Json, System.Text.Encoding.UTF8.GetBytes("{}"), ("If-Match", current))).Status);
    }

    [Fact]
    public async Task SilenceRecordsTheSignedInAdministratorByNameAndId()
    {
        var administrator = ClientPrincipal.Encode("Zhao Lei", [Roles.Administrator], id: "0b7e6c1d-2f3a-4b5c-8d9e-a1b2c3d4e5f6");

        var silence = Ok<SilenceView>(await Api.Post("/api/silences", administrator, Json, """{ "region": "510400", "hours": 4, "reason": "boundary reform" }"""), 201);

        Assert.Equal(("Zhao Lei", "0b7e6c1d-2f3a-4b5c-8d9e-a1b2c3d4e5f6"), (silence.Author, silence.AuthorId));
        var stored = Assert.Single(await App.Get<ISilenceStore>().ListAsync(CatalogId));
        Assert.Equal("0b7e6c1d-2f3a-4b5c-8d9e-a1b2c3d4e5f6", stored.AuthorId);
    }

    [Fact]
    public async Task EveryReadOfAnAlertCarriesItsETag()
    {
        var id = await ChengduAlertAsync();

        var read = await Api.Get($"/api/alerts/{id}", As.ChengduViewer);
        var listed = Ok<AlertPage>(await Api.Get($"/api/alerts?region={As.Chengdu}&pageSize=200", As.ChengduViewer)).Alerts.Single(a => a.Id == id);

        var etag = read.Header("ETag");
        Assert.NotNull(etag);
        Assert.Matches("^\"[0-9a-f]{16}\"$", etag);
        Assert.Equal(etag, Ok<AlertDocument>(read).Alert.ETag);
        Assert.Equal(etag, listed.ETag);
        Assert.Contains("\"etag\":", System.Text.Encoding.UTF8.GetString(read.Body.Span), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"0000000000000000\"")]
    [InlineData("garbage")]
    [InlineData("W/\"current\"")]
    public async Task AcknowledgementUnderAStaleOrUnreadableIfMatchIs412AndChangesNothing(string ifMatch)
    {
        var id = await ChengduAlertAsync();
        var current = (await Api.Get($"/api/alerts/{id}", As.ChengduViewer)).Header("ETag")!;
        ifMatch = ifMatch.Replace("\"current\"", current, StringComparison.Ordinal);

        var response = await Api.Post($"/api/alerts/{id}/acknowledge", Responder, Json, System.Text.Encoding.UTF8.GetBytes("""{ "note": "late" }"""), ("If-Match", ifMatch));

        Assert.Equal(ApiProblemCodes.PreconditionFailed, ProblemOf(response, 412).Code);
        Assert.Equal(current, response.Header("ETag"));
        Assert.Equal(AlertResponseStatus.New, (await App.Get<IAlertStore>().GetAsync(CatalogId, id))!.Response.Status);
    }

    [Fact]
    public async Task AcknowledgementOverTheCurrentETagIsWrittenAndGivesTheNextOne()
    {
        var id = await ChengduAlertAsync();
        var first = (await Api.Get($"/api/alerts/{id}", As.ChengduViewer)).Header("ETag")!;

        var written = await Api.Post($"/api/alerts/{id}/acknowledge", Responder, Json, System.Text.Encoding.UTF8.GetBytes("""{ "note": "first" }"""), ("If-Match", first));
        var again = await Api.Post($"/api/alerts/{id}/acknowledge", Responder, Json, System.Text.Encoding.UTF8.GetBytes("""{ "note": "over the old tag" }"""), ("If-Match", first));
        var any = await Api.Post($"/api/alerts/{id}/acknowledge", Responder, Json, System.Text.Encoding.UTF8.GetBytes("""{ "note": "whatever it is now" }"""), ("If-Match", "*"));

        Assert.Equal(200, written.Status);
        Assert.NotEqual(first, written.Header("ETag"));
        Assert.Equal(ApiProblemCodes.PreconditionFailed, ProblemOf(again, 412).Code);
        Assert.Equal(200, any.Status);
        Assert.Equal("whatever it is now", (await App.Get<IAlertStore>().GetAsync(CatalogId, id))!.Response.Note);
    }

    [Fact]
    public async Task OfConcurrentAcknowledgementsOverOneETagOneIsWrittenAndNoneIsSilentlyReplaced()
    {
        var id = await ChengduAlertAsync();
        var etag = (await Api.Get($"/api/alerts/{id}", As.ChengduViewer)).Header("ETag")!;

        var answers = await Task.WhenAll(Enumerable.Range(0, 7).Select(i => Task.Run(() =>
            Api.Post($"/api/alerts/{id}/acknowledge", Responder, Json, System.Text.Encoding.UTF8.GetBytes($$"""{ "note": "note {{i}}" }"""), ("If-Match", etag)))));

        var written = answers.Where(a => a.Status == 200).ToList();
        Assert.Single(written);
        Assert.All(answers.Where(a => a.Status != 200), a => Assert.Contains(a.Status, new[] { 409, 412 }));
        var note = Ok<AlertDocument>(written[0]).Alert.Response.Note;
        Assert.Equal(note, (await App.Get<IAlertStore>().GetAsync(CatalogId, id))!.Response.Note);
        Assert.Single(await App.Get<IAlertStore>().HistoryAsync(CatalogId, id), e => e.Kind == AlertEventKind.Acknowledged);
    }

    [Fact]
    public async Task ConcurrentAcknowledgementsAreEachASuccessOrAConflictToRetryNeverAFailure()
    {
        var id = await ChengduAlertAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(() =>
            Api.Post($"/api/alerts/{id}/acknowledge", Responder, Json, $$"""{ "note": "note {{i}}" }"""))));

        Assert.All(answers, a => Assert.True(a.Status == 200 || (a.Status == 409 && a.Header("Retry-After") is not null), $"answered {a.Status}"));
        Assert.All(answers.Where(a => a.Status == 409), a => Assert.Equal(ApiProblemCodes.Conflict, ProblemOf(a, 409).Code));
        Assert.Contains(answers, a => a.Status == 200);
    }
}
