using System.Text;
using Regional.Alerts.Lifecycle;
using Regional.Api.Contracts;
using Regional.Api.Http;
using Regional.Storage;
using static Regional.Functions.Tests.Payloads;

namespace Regional.Functions.Tests.Api;

public sealed class AlertEndpointTests(AzuriteFixture azurite) : ApiTest(azurite)
{
    private const string Json = "application/json";

    [Fact]
    public async Task EachCallerListsOnlyTheAlertsOfRegionsItMayRead()
    {
        var stored = await AlertsAsync();

        var province = Ok<AlertPage>(await Api.Get("/api/alerts?pageSize=200", As.ProvinceViewer)).Alerts;
        var machine = Ok<AlertPage>(await Api.Get("/api/alerts?pageSize=200", As.FunctionKey)).Alerts;
        var chengdu = Ok<AlertPage>(await Api.Get("/api/alerts?pageSize=200", As.ChengduViewer)).Alerts;
        var zigong = Ok<AlertPage>(await Api.Get("/api/alerts?pageSize=200", As.ZigongSubmitter)).Alerts;

        Assert.Equal(stored.Count, province.Length);
        Assert.Equal(stored.Count, machine.Length);
        Assert.NotEmpty(chengdu);
        Assert.All(chengdu, a => Assert.Equal(As.Chengdu, a.RegionCode));
        Assert.Equal(stored.Count(a => a.Episode.Key.RegionCode == As.Chengdu), chengdu.Length);
        Assert.All(zigong, a => Assert.Equal(As.Zigong, a.RegionCode));
        Assert.Equal(ApiProblemCodes.Forbidden, ProblemOf(await Api.Get($"/api/alerts?region={As.Zigong}", As.ChengduViewer), 403).Code);
        Assert.Equal(ApiProblemCodes.Forbidden, ProblemOf(await Api.Get("/api/alerts", As.NoRoles), 403).Code);
    }

    [Fact]
    public async Task FiltersNarrowTheList()
    {
        var stored = await AlertsAsync();
        var growth = stored.First(a => a.Episode.Key.RegionCode == As.Chengdu && a.Episode.Key.RuleId == "growth-target");
        var severity = growth.Episode.Severity.ToString().ToLowerInvariant();

        var firing = Ok<AlertPage>(await Api.Get($"/api/alerts?status=firing&severity={severity}&region={As.Chengdu}&period={Q3}", As.ChengduResponder)).Alerts;
        var resolved = Ok<AlertPage>(await Api.Get("/api/alerts?status=resolved", As.ProvinceViewer)).Alerts;
        var earlier = Ok<AlertPage>(await Api.Get("/api/alerts?period=2025-Q1", As.ProvinceViewer)).Alerts;

        Assert.Contains(firing, a => a.Id == growth.Id);
        Assert.All(firing, a => Assert.Equal((As.Chengdu, growth.Episode.Severity), (a.RegionCode, a.Severity)));
        Assert.Empty(resolved);
        Assert.Empty(earlier);
    }

    [Fact]
    public async Task PagesFollowTheirTokensThroughEveryAlertOnce()
    {
        var stored = await AlertsAsync();

        var seen = new List<string>();
        string? token = null;
        do
        {
            var path = "/api/alerts?pageSize=2" + (token is null ? string.Empty : "&continuationToken=" + Uri.EscapeDataString(token));
            var page = Ok<AlertPage>(await Api.Get(path, As.ProvinceViewer));
            Assert.True(page.Alerts.Length <= 2);
            seen.AddRange(page.Alerts.Select(a => a.Id));
            token = page.ContinuationToken;
        }
        while (token is not null);

        Assert.Equal(stored.Select(a => a.Id).Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Fact]
    public async Task TamperedOrBorrowedTokensAreRefused()
    {
        await AlertsAsync();
        var token = Ok<AlertPage>(await Api.Get("/api/alerts?pageSize=1", As.ProvinceViewer)).ContinuationToken!;
        var flipped = token[..5] + (token[5] == 'A' ? 'B' : 'A') + token[6..];

        var tampered = await Api.Get($"/api/alerts?pageSize=1&continuationToken={Uri.EscapeDataString(flipped)}", As.ProvinceViewer);
        var otherFilter = await Api.Get($"/api/alerts?pageSize=1&status=firing&continuationToken={Uri.EscapeDataString(token)}", As.ProvinceViewer);
        var otherCaller = await Api.Get($"/api/alerts?pageSize=1&continuationToken={Uri.EscapeDataString(token)}", As.ChengduViewer);
        var rawKey = await Api.Get($"/api/alerts?pageSize=1&continuationToken={Uri.EscapeDataString("sichuan|episode|513400")}", As.ProvinceViewer);

        Assert.All([tampered, otherFilter, otherCaller, rawKey], r => Assert.Equal(ApiProblemCodes.InvalidContinuationToken, ProblemOf(r, 400).Code));
    }

    [Fact]
    public async Task AlertIsReadWithItsHistoryByItsRegionOnly()
    {
        var stored = await AlertsAsync();
        var chengdu = stored.First(a => a.Episode.Key.RegionCode == As.Chengdu);

        var document = Ok<AlertDocument>(await Api.Get($"/api/alerts/{chengdu.Id}", As.ChengduViewer));

        Assert.Equal((chengdu.Id, Regional.Alerts.AlertCondition.Firing), (document.Alert.Id, document.Alert.Condition));
        Assert.NotEmpty(document.History);
        Assert.All(document.History, e => Assert.Equal(chengdu.Id, e.AlertId));
        Assert.Equal(ApiProblemCodes.Forbidden, ProblemOf(await Api.Get($"/api/alerts/{chengdu.Id}", As.ZigongSubmitter), 403).Code);
        Assert.Equal(ApiProblemCodes.Forbidden, ProblemOf(await Api.Get($"/api/alerts/{As.Zigong}.growth-target.gdp_growth.2099-Q1", As.ChengduViewer), 403).Code);
        Assert.Equal(ApiProblemCodes.AlertNotFound, ProblemOf(await Api.Get($"/api/alerts/{As.Chengdu}.growth-target.gdp_growth.2099-Q1", As.ChengduViewer), 404).Code);
        Assert.Equal(200, (await Api.Get($"/api/alerts/{chengdu.Id}", As.Administrator)).Status);
    }

    [Fact]
    public async Task ResponderAcknowledgesItsOwnRegionsAlert()
    {
        var chengdu = (await AlertsAsync()).First(a => a.Episode.Key.RegionCode == As.Chengdu);

        var answer = await Api.Post($"/api/alerts/{chengdu.Id}/acknowledge", As.ChengduResponder, Json,
            """{ "note": "Investment projects moved to Q4", "commitment": "report back in November", "dueDate": "2025-11-30" }""");

        var document = Ok<AlertDocument>(answer);
        Assert.Equal(
            (AlertResponseStatus.Acknowledged, "cd-responder", "Investment projects moved to Q4", new DateOnly(2025, 11, 30)),
            (document.Alert.Response.Status, document.Alert.Response.Owner, document.Alert.Response.Note, document.Alert.Response.DueDate));
        Assert.Contains(document.History, e => e.Kind == AlertEventKind.Acknowledged && e.Actor == "cd-responder");
    }

    [Theory]
    [InlineData("zigong-submitter")]
    [InlineData("chengdu-viewer")]
    [InlineData("chengdu-submitter")]
    [InlineData("province-viewer")]
    [InlineData("administrator")]
    [InlineData("function-key")]
    [InlineData("no-roles")]
    public async Task OnlyTheRegionsResponderMayAcknowledgeAndARefusalChangesNothing(string caller)
    {
        var chengdu = (await AlertsAsync()).First(a => a.Episode.Key.RegionCode == As.Chengdu);

        var problem = ProblemOf(await Api.Post($"/api/alerts/{chengdu.Id}/acknowledge", As.Everyone[caller], Json, """{ "note": "not mine", "owner": "someone" }"""), 403);

        Assert.Equal(ApiProblemCodes.Forbidden, problem.Code);
        var after = await App.Get<IAlertStore>().GetAsync(CatalogId, chengdu.Id);
        Assert.Equal(AlertResponseStatus.New, after!.Response.Status);
        Assert.DoesNotContain(await App.Get<IAlertStore>().HistoryAsync(CatalogId, chengdu.Id), e => e.Kind == AlertEventKind.Acknowledged);
    }

    [Fact]
    public async Task ZigongsResponderCannotAcknowledgeChengdusAlert()
    {
        var chengdu = (await AlertsAsync()).First(a => a.Episode.Key.RegionCode == As.Chengdu);
        var zigongResponder = As.Principal("zg-responder", Regional.Api.Authorization.Roles.AlertResponderOf(As.Zigong));

        ProblemOf(await Api.Post($"/api/alerts/{chengdu.Id}/acknowledge", zigongResponder, Json, """{ "note": "x" }"""), 403);

        Assert.Equal(AlertResponseStatus.New, (await App.Get<IAlertStore>().GetAsync(CatalogId, chengdu.Id))!.Response.Status);
    }

    [Fact]
    public async Task BadAcknowledgementsAreProblemsAndAClosedAlertIsAConflict()
    {
        var chengdu = (await AlertsAsync()).First(a => a.Episode.Key.RegionCode == As.Chengdu);
        var path = $"/api/alerts/{chengdu.Id}/acknowledge";

        Assert.Equal(ApiProblemCodes.InvalidAcknowledgement, ProblemOf(await Api.Post(path, As.ChengduResponder, Json, """{ "note": "  " }"""), 422).Code);
        Assert.Equal(ApiProblemCodes.MalformedBody, ProblemOf(await Api.Post(path, As.ChengduResponder, Json, """{ "note": "x", "status": "closed" }"""), 400).Code);
        Assert.Equal(ApiProblemCodes.MalformedBody, ProblemOf(await Api.Post(path, As.ChengduResponder, Json, """{ "note": "x", "dueDate": "next week" }"""), 400).Code);
        Assert.Equal(ApiProblemCodes.MalformedBody, ProblemOf(await Api.Post(path, As.ChengduResponder, Json, """{ "note": """), 400).Code);
        Assert.Equal(ApiProblemCodes.MalformedBody, ProblemOf(await Api.Post(path, As.ChengduResponder, Json, "null"), 400).Code);
        Assert.Equal(ApiProblemCodes.UnsupportedMediaType, ProblemOf(await Api.Post(path, As.ChengduResponder, "text/plain", """{ "note": "x" }"""), 415).Code);
        Assert.Equal(ApiProblemCodes.PayloadTooLarge, ProblemOf(await Api.Post(path, As.ChengduResponder, Json, Encoding.UTF8.GetBytes($$"""{ "note": "{{new string('x', 20_000)}}" }""")), 413).Code);
        Assert.Equal(AlertResponseStatus.New, (await App.Get<IAlertStore>().GetAsync(CatalogId, chengdu.Id))!.Response.Status);

        await App.Get<AlertResponder>().CloseAsync(chengdu.Id, "dealt with", "province");
        Assert.Equal(ApiProblemCodes.AlertClosed, ProblemOf(await Api.Post(path, As.ChengduResponder, Json, """{ "note": "late" }"""), 409).Code);
    }

    [Fact]
    public async Task AdministratorAddsSilencesAndProvinceWideRolesListThem()
    {
        var added = await Api.Post("/api/silences", As.Administrator, Json, """{ "region": "510400", "rule": "growth-target", "hours": 48, "reason": "boundary reform" }""");

        var silence = Ok<SilenceView>(added, 201);
        Assert.Equal(("510400", "growth-target", "admin", true), (silence.RegionCode, silence.RuleId, silence.Author, silence.Active));
        Assert.Equal(TimeSpan.FromHours(48), silence.EndsAt - silence.StartsAt);
        Assert.Equal([silence.Id], Ok<SilenceList>(await Api.Get("/api/silences", As.ProvinceViewer)).Silences.Select(s => s.Id));
        Assert.Single(Ok<SilenceList>(await Api.Get("/api/silences", As.FunctionKey)).Silences);
        ProblemOf(await Api.Get("/api/silences", As.ChengduViewer), 403);
    }

    [Theory]
    [InlineData("province-viewer")]
    [InlineData("chengdu-responder")]
    [InlineData("chengdu-submitter")]
    [InlineData("function-key")]
    public async Task OnlyAdministratorsAddSilences(string caller)
    {
        ProblemOf(await Api.Post("/api/silences", As.Everyone[caller], Json, """{ "region": "510100", "hours": 1, "reason": "mine" }"""), 403);

        Assert.Empty(await App.Get<ISilenceStore>().ListAsync(CatalogId));
    }

    [Theory]
    [InlineData("""{ "hours": 24, "reason": "everything" }""", 422)]
    [InlineData("""{ "region": "999999", "hours": 24, "reason": "x" }""", 422)]
    [InlineData("""{ "region": "510100", "hours": 0, "reason": "x" }""", 422)]
    [InlineData("""{ "region": "510100", "hours": 100000, "reason": "x" }""", 422)]
    [InlineData("""{ "region": "510100", "hours": 1 }""", 422)]
    [InlineData("""{ "region": "510100", "hours": 1, "reason": "x", "matchers": [] }""", 400)]
    [InlineData("""{ "region": "510100", "severity": "apocalyptic", "hours": 1, "reason": "x" }""", 400)]
    public async Task SilenceThatWouldMatchEverythingOrNothingIsRefused(string body, int status)
    {
        ProblemOf(await Api.Post("/api/silences", As.Administrator, Json, body), status);

        Assert.Empty(await App.Get<ISilenceStore>().ListAsync(CatalogId));
    }
}
