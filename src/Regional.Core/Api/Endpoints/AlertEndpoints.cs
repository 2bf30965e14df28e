using System.Globalization;
using Regional.Alerts;
using Regional.Alerts.Lifecycle;
using Regional.Api.Contracts;
using Regional.Api.Http;
using Regional.Api.Paging;
using Regional.Api.Routes;
using Regional.Catalogs;
using Regional.Periods;
using Regional.Pipeline;
using Regional.Storage;

namespace Regional.Api.Endpoints;

/// <summary>
/// Alerts for the people who answer them: a region's alerts only to that region's roles (every region's to
/// province-viewer and administrator), pages of the list behind signed continuation tokens, an alert with its
/// history, and the acknowledgement and the close, which only an alert responder of the alert's region may give. Every read of an
/// alert carries its entity tag (<see cref="AlertTags"/>); a response with If-Match is written only over that version
/// (412 otherwise), and records the signed-in principal as the one who acted.
/// </summary>
public sealed class AlertEndpoints(ICatalogProvider catalogs, IAlertStore alerts, AlertResponder responder, ContinuationTokens tokens, ApiGate gate)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public Task<ApiResponse> ListAsync(ApiRequest request, CancellationToken cancellationToken = default) =>
        gate.RunAsync(ApiRoutes.Alerts, request, async (call, token) =>
        {
            var catalog = catalogs.Catalog;
            var status = call.Query("status");
            var severity = call.Query("severity") is { } s ? SeverityOf(s) : (Severity?)null;
            var region = call.Query("region") is { } code ? ApiInputs.Region(catalog, code, inPath: false).Code : null;
            var period = call.Query("period") is { } p ? ApiInputs.Period(p) : (Period?)null;
            var size = PageSize(call.Query("pageSize"));
            if (region is not null && !call.Caller.CanReadRegion(catalog, region))
            {
                throw ApiCall.Forbidden($"{call.Caller.Describe()} may not read the alerts of region {region}");
            }

            var readable = call.Caller.ReadableRegions(catalog);
            var scope = readable is null ? "*" : string.Join(',', readable.Order(StringComparer.Ordinal));
            var query = string.Join('|', status, severity, region, period, size, scope);
            var after = Position(tokens.Read(call.Query("continuationToken"), query));

            var condition = status switch { "firing" => AlertCondition.Firing, "resolved" => AlertCondition.Resolved, _ => (AlertCondition?)null };
            var response = status switch
            {
                "new" => AlertResponseStatus.New,
                "acknowledged" => AlertResponseStatus.Acknowledged,
                "closed" => AlertResponseStatus.Closed,
                _ => (AlertResponseStatus?)null,
            };
            var filter = new AlertQuery(condition, severity, readable, region, period, response);
            var listed = await alerts.ListPageAsync(catalog.Info.Id, filter, after, size, token).ConfigureAwait(false);
            var page = listed.Records;
            var next = listed.Next is { } last ? tokens.Issue(query, $"{last.StartedPeriod}|{last.Id}") : null;
            return ApiResponse.Ok(new AlertPage([.. page.Select(AlertView.Of)], next));
        }, cancellationToken);

    public Task<ApiResponse> GetAsync(ApiRequest request, string? id, CancellationToken cancellationToken = default) =>
        gate.RunAsync(ApiRoutes.Alert, request, async (call, token) =>
        {
            var catalog = catalogs.Catalog;
            var alertId = ReadableId(call, catalog, id, acknowledge: false);
            var record = await alerts.GetAsync(catalog.Info.Id, alertId, token).ConfigureAwait(false) ?? throw NotFound(alertId);
            return ApiResponse.Ok(await DocumentAsync(catalog, record, token).ConfigureAwait(false)).WithHeader("ETag", AlertTags.Of(record));
        }, cancellationToken);

    public Task<ApiResponse> AcknowledgeAsync(ApiRequest request, string? id, CancellationToken cancellationToken = default) =>
        gate.RunAsync(ApiRoutes.Acknowledge, request, async (call, token) =>
        {
            var catalog = catalogs.Catalog;
            var alertId = ReadableId(call, catalog, id, acknowledge: true);
            var body = await ApiBodies.ReadJsonAsync<AcknowledgeRequest>(call.Request, token).ConfigureAwait(false);
            var owner = string.IsNullOrWhiteSpace(body.Owner) ? Actor(call).Name : body.Owner;
            var problems = new List<ProblemError>();
            if (string.IsNullOrWhiteSpace(body.Note) || body.Note.Length > 2000)
            {
                problems.Add(new ProblemError(ApiProblemCodes.InvalidAcknowledgement, "a note of 1 to 2000 characters is required", Field: "note"));
            }

            if (string.IsNullOrWhiteSpace(owner) || owner.Length > 200)
            {
                problems.Add(new ProblemError(ApiProblemCodes.InvalidAcknowledgement, "an owner of 1 to 200 characters is required (the signed-in caller's name when not given)", Field: "owner"));
            }

            if (body.Commitment is { Length: > 2000 })
            {
                problems.Add(new ProblemError(ApiProblemCodes.InvalidAcknowledgement, "the commitment is longer than 2000 characters", Field: "commitment"));
            }

            if (problems.Count > 0)
            {
                throw ApiProblemException.Of(422, ApiProblemCodes.InvalidAcknowledgement, "the acknowledgement is incomplete; nothing was changed", problems);
            }

            var ifMatch = call.Header("If-Match");
            var decision = await responder.AcknowledgeAsync(
                alertId, body.Note!, owner!, body.Commitment, body.DueDate, Actor(call), Precondition(ifMatch), token).ConfigureAwait(false);
            if (!decision.Accepted)
            {
                var record = await alerts.GetAsync(catalog.Info.Id, alertId, token).ConfigureAwait(false);
                throw record is null ? NotFound(alertId)
                    : decision.PreconditionFailed ? Stale(record, ifMatch!)
                    : ApiProblemException.Of(409, ApiProblemCodes.AlertClosed, string.Join("; ", decision.Problems)).WithHeader("ETag", AlertTags.Of(record));
            }

            var updated = await alerts.GetAsync(catalog.Info.Id, alertId, token).ConfigureAwait(false) ?? throw NotFound(alertId);
            return ApiResponse.Ok(await DocumentAsync(catalog, updated, token).ConfigureAwait(false)).WithHeader("ETag", AlertTags.Of(updated));
        }, cancellationToken);

    public Task<ApiResponse> CloseAsync(ApiRequest request, string? id, CancellationToken cancellationToken = default) =>
        gate.RunAsync(ApiRoutes.Close, request, async (call, token) =>
        {
            var catalog = catalogs.Catalog;
            var alertId = ReadableId(call, catalog, id, acknowledge: true);
            var body = await ApiBodies.ReadJsonAsync<CloseRequest>(call.Request, token).ConfigureAwait(false);
            if (body.Note is { Length: > 2000 })
            {
                throw ApiProblemException.Of(422, ApiProblemCodes.InvalidAcknowledgement, "the close was not made; nothing was changed",
                    [new ProblemError(ApiProblemCodes.InvalidAcknowledgement, "the note is longer than 2000 characters", Field: "note")]);
            }

            var ifMatch = call.Header("If-Match");
            var decision = await responder.CloseAsync(alertId, body.Note, Actor(call), Precondition(ifMatch), token).ConfigureAwait(false);
            if (!decision.Accepted)
            {
                var record = await alerts.GetAsync(catalog.Info.Id, alertId, token).ConfigureAwait(false);
                throw record is null ? NotFound(alertId)
                    : decision.PreconditionFailed ? Stale(record, ifMatch!)
                    : ApiProblemException.Of(409, ApiProblemCodes.AlertClosed, string.Join("; ", decision.Problems)).WithHeader("ETag", AlertTags.Of(record));
            }

            var updated = await alerts.GetAsync(catalog.Info.Id, alertId, token).ConfigureAwait(false) ?? throw NotFound(alertId);
            return ApiResponse.Ok(await DocumentAsync(catalog, updated, token).ConfigureAwait(false)).WithHeader("ETag", AlertTags.Of(updated));
        }, cancellationToken);

    /// <summary>Who acts: the signed-in principal, by name and id, whatever the body says.</summary>
    private static AlertActor Actor(ApiCall call) =>
        new(call.Caller.Name ?? call.Caller.Id ?? "a signed-in caller without a name", call.Caller.Id);

    private static Func<AlertRecord, bool>? Precondition(string? ifMatch) =>
        ifMatch is null ? null : record => EntityTags.IfMatch(ifMatch, AlertTags.Of(record));

    private static ApiProblemException Stale(AlertRecord current, string ifMatch) =>
        ApiProblemException.Of(412, ApiProblemCodes.PreconditionFailed,
            $"If-Match '{ApiInputs.Shown(ifMatch)}' does not name the alert's current version; read the alert again (its ETag is sent with it) and decide on what it says now; nothing was changed")
            .WithHeader("ETag", AlertTags.Of(current));

    private async Task<AlertDocument> DocumentAsync(Catalog catalog, AlertRecord record, CancellationToken cancellationToken)
    {
        var history = await alerts.HistoryAsync(catalog.Info.Id, record.Id, cancellationToken).ConfigureAwait(false);
        return new AlertDocument(AlertView.Of(record), [.. history]);
    }

    /// <summary>
    /// An alert id names its region first (<c>510400.growth-target.gdp_growth.2025-Q1</c>), so the caller's right is
    /// checked before anything is read: another region's alert is refused whether or not it exists.
    /// </summary>
    private static string ReadableId(ApiCall call, Catalog catalog, string? id, bool acknowledge)
    {
        if (id is not { Length: > 0 and <= 200 } || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-') || id.IndexOf('.', StringComparison.Ordinal) <= 0)
        {
            throw ApiProblemException.Of(400, ApiProblemCodes.InvalidAlertId, $"'{ApiInputs.Shown(id)}' is not an alert id (region.rule.indicator.period)");
        }

        var region = id[..id.IndexOf('.', StringComparison.Ordinal)];
        if (acknowledge ? !call.Caller.CanAcknowledgeFor(catalog, region) : !call.Caller.CanReadRegion(catalog, region))
        {
            throw ApiCall.Forbidden(acknowledge
                ? $"{call.Caller.Describe()} does not respond to the alerts of region {ApiInputs.Shown(region)} (role alert-responder:<code>); nothing was changed"
                : $"{call.Caller.Describe()} may not read the alerts of region {ApiInputs.Shown(region)}");
        }

        return id;
    }

    private static Severity SeverityOf(string text) => text switch
    {
        "info" => Severity.Info,
        "warning" => Severity.Warning,
        "major" => Severity.Major,
        "critical" => Severity.Critical,
        _ => throw ApiProblemException.Of(400, ApiProblemCodes.InvalidParameter, $"severity '{ApiInputs.Shown(text)}' is not one of info, warning, major, critical"),
    };

    private static int PageSize(string? text)
    {
        if (text is null)
        {
            return DefaultPageSize;
        }

        return text.Length <= 3 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size is >= 1 and <= MaxPageSize
            ? size
            : throw ApiProblemException.Of(400, ApiProblemCodes.InvalidParameter, $"pageSize '{ApiInputs.Shown(text)}' is not a number from 1 to {MaxPageSize}");
    }

    /// <summary>The page position a verified token names: the last alert's start period and id.</summary>
    private static AlertPosition? Position(string? after)
    {
        if (after is null)
        {
            return null;
        }

        var bar = after.IndexOf('|', StringComparison.Ordinal);
        return bar > 0 && Periods.Period.TryParse(after[..bar], out var period)
            ? new AlertPosition(period, after[(bar + 1)..])
            : throw ApiProblemException.Of(400, ApiProblemCodes.InvalidContinuationToken, "the continuation token does not name a position; start again without it");
    }

    private static ApiProblemException NotFound(string id) =>
        ApiProblemException.Of(404, ApiProblemCodes.AlertNotFound, $"no alert has id '{id}'");
}
