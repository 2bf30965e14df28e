using System.Collections.Immutable;
using System.Text;
using Regional.Api.Authorization;
using Regional.Api.Contracts;
using Regional.Api.Http;
using Regional.Api.Routes;
using Regional.Messaging;
using Regional.Pipeline;
using Regional.Spreadsheets;
using Regional.Storage;
using Regional.Submissions;

namespace Regional.Api.Endpoints;

/// <summary>
/// Submissions over HTTP. A POST is read at the door (content type, size, UTF-8, syntax) so that the caller's right
/// to submit for every region of its figures can be checked before anything is kept; then the payload is archived, a
/// receipt noted, and the payload queued for the ingestion function, which validates it against the catalog and
/// records the outcome. A GET answers where a submission stands, to the roles of its regions.
/// </summary>
public sealed class SubmissionEndpoints(
    ICatalogProvider catalogs,
    ISubmissionStore submissions,
    IRawPayloadArchive archive,
    IWorkQueue queue,
    PipelineSettings pipeline,
    ApiSettings settings,
    TimeProvider clock,
    ApiGate gate)
{
    /// <summary>At most this many individual problems are listed in a 400 or 422 answer.</summary>
    public const int MaxListedProblems = 200;

    private static readonly string[] Consumed = ["application/json", "text/json", "text/csv", "application/csv", "application/vnd.sdmx.data+csv", "application/vnd.sdmx.data+json", "application/vnd.sdmx.structurespecificdata+xml", TemplateLayout.MediaType];

    /// <summary>Problems that mean the payload could not be read as its format at all (400); any other is 422.</summary>
    private static readonly HashSet<string> Unreadable = new(StringComparer.Ordinal)
    {
        ProblemCodes.EmptyBody, ProblemCodes.MalformedJson, ProblemCodes.MalformedCsv, ProblemCodes.UnknownFormat,
        ProblemCodes.InvalidStructure, ProblemCodes.WrongSchema, ProblemCodes.InvalidHeader, ProblemCodes.MissingColumns,
        ProblemCodes.MalformedXml, ProblemCodes.MalformedWorkbook, ProblemCodes.UnknownDataflow,
    };

    public Task<ApiResponse> PostAsync(ApiRequest request, CancellationToken cancellationToken = default) =>
        gate.RunAsync(ApiRoutes.PostSubmission, request, async (call, token) =>
        {
            var catalog = catalogs.Catalog;
            if (!call.Caller.RegionRoles.Any(r => r.Kind == Roles.RegionSubmitter))
            {
                throw ApiCall.Forbidden($"{call.Caller.Describe()} submits for no region (role region-submitter:<code>)");
            }

            var contentType = call.Request.ContentType;
            if (!Consumed.Contains(MediaTypes.Bare(contentType), StringComparer.Ordinal))
            {
                throw ApiProblemException.Of(415, ApiProblemCodes.UnsupportedMediaType, $"content type '{ApiInputs.Shown(contentType)}' is not one of {string.Join(", ", Consumed)}");
            }

            var body = await ApiBodies.ReadAsync(call.Request, pipeline.Limits.MaxBytes, token).ConfigureAwait(false);
            var binary = SubmissionFormatSniffer.Sniff(contentType, body) == SubmissionFormat.ExcelTemplate;
            if (!binary && !IsUtf8(body))
            {
                throw ApiProblemException.Of(400, ApiProblemCodes.InvalidEncoding, "the body is not valid UTF-8");
            }

            var receivedAt = clock.GetUtcNow();

            // The id the ingestion function will give a payload that names none: the queue channel's, from the content.
            var derivedId = SubmissionIdentity.Derive(new IngestOrigin(IngestMessageHandler.Channel, string.Empty, string.Empty, receivedAt), body);
            var parsed = SubmissionReader.Read(body, contentType, new SubmissionContext(derivedId, call.Caller.Name ?? "http", receivedAt), pipeline.Limits, catalog.Dataflows);
            if (parsed.HasProblems)
            {
                throw Rejected(parsed.Problems);
            }

            var regions = parsed.Observations.Select(o => o.Region).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
            var outside = regions.Where(r => !call.Caller.CanSubmitFor(catalog, r)).ToList();
            if (outside.Count > 0)
            {
                throw ApiCall.Forbidden($"{call.Caller.Describe()} does not submit for {string.Join(", ", outside.Take(10).Select(ApiInputs.Shown))}{(outside.Count > 10 ? $" and {outside.Count - 10} more" : string.Empty)}; nothing was kept");
            }

            // Stored under the scope of its regions, as ingestion stores it: another region's sender never meets this id.
            var id = SubmissionScope.Qualify(catalog, regions, SubmissionIds.IsValid(parsed.SubmissionId) ? parsed.SubmissionId! : derivedId);
            var payloadName = RawPayloadNames.ContentAddressed(body);
            var existing = await submissions.GetAsync(id, token).ConfigureAwait(false);
            if (existing is not null && existing.PayloadBlobName != payloadName)
            {
                throw Duplicate(id);
            }

            await archive.StoreAsync(payloadName, body, contentType!, token).ConfigureAwait(false);
            var receipt = await new SubmissionReceipt(id, payloadName, contentType!, regions, receivedAt, call.Caller.Name, call.Caller.Id).StoreAsync(archive, token).ConfigureAwait(false);
            if (receipt.PayloadName != payloadName)
            {
                throw Duplicate(id);
            }

            // Sending again what was sent before is harmless: ingestion recognises a submission it has seen.
            var message = binary ? BinaryPayloadText.Encode(TemplateLayout.MediaType, body) : Encoding.UTF8.GetString(body);
            await queue.SendAsync(settings.IngestQueue, message, token).ConfigureAwait(false);
            var view = existing is null ? Received(receipt) : View(existing, receipt.Regions, receipt);
            return ApiResponse.Json(202, view).WithHeader("Location", view.Location);
        }, cancellationToken);

    public Task<ApiResponse> GetAsync(ApiRequest request, string? id, CancellationToken cancellationToken = default) =>
        gate.RunAsync(ApiRoutes.Submission, request, async (call, token) =>
        {
            var catalog = catalogs.Catalog;
            if (!SubmissionIds.IsStored(id))
            {
                throw ApiProblemException.Of(400, ApiProblemCodes.InvalidSubmissionId, $"'{ApiInputs.Shown(id)}' is not a submission id ({SubmissionIds.StoredPattern})");
            }

            // The id names the regions it belongs to, so another region's id is refused before anything is read:
            // the answer is the same whether or not it exists.
            var scope = SubmissionScope.RegionOf(id!);
            if (scope is null ? !call.Caller.SeesEveryRegion : !call.Caller.CanReadRegion(catalog, scope))
            {
                throw ApiCall.Forbidden(scope is null
                    ? $"{call.Caller.Describe()} may not read submission '{ApiInputs.Shown(id)}': an id without a region scope is read by province-wide roles only (ids are given as <region>:<id> in the Location of the 202 answer)"
                    : $"{call.Caller.Describe()} may not read the submissions of region {ApiInputs.Shown(scope)}");
            }

            var record = await submissions.GetAsync(id!, token).ConfigureAwait(false);
            var receipt = await SubmissionReceipt.ReadAsync(archive, id!, token).ConfigureAwait(false);
            if (record is null && receipt is null)
            {
                throw ApiProblemException.Of(404, ApiProblemCodes.SubmissionNotFound, $"no submission has id '{id}'");
            }

            if (record is null)
            {
                return ApiResponse.Ok(Received(receipt!));
            }

            // The record decides: a receipt only speaks for the content the record was made from.
            var noted = receipt?.PayloadName == record.PayloadBlobName ? receipt : null;
            var regions = noted?.Regions ?? await RegionsOfPayloadAsync(record, token).ConfigureAwait(false);
            return ApiResponse.Ok(View(record, regions, noted));
        }, cancellationToken);

    /// <summary>Where a submission's status is read; the scope's colon is left as it is (a path segment may hold one).</summary>
    public static string LocationOf(string submissionId) =>
        $"/api/{ApiRoutes.SubmissionsTemplate}/{Uri.EscapeDataString(submissionId).Replace("%3A", ":", StringComparison.Ordinal)}";

    private async Task<ImmutableArray<string>> RegionsOfPayloadAsync(SubmissionRecord record, CancellationToken cancellationToken)
    {
        var payload = await archive.ReadAsync(record.PayloadBlobName, cancellationToken).ConfigureAwait(false);
        if (payload is null)
        {
            return [];
        }

        var parsed = SubmissionReader.Read(payload, null, new SubmissionContext(record.Id, record.Source, record.ReceivedAt), pipeline.Limits, catalogs.Catalog.Dataflows);
        return [.. parsed.Observations.Select(o => o.Region).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    private static SubmissionView Received(SubmissionReceipt receipt) =>
        new(receipt.Id, SubmissionStatus.Received, receipt.ReceivedAt, receipt.SubmittedBy, null, null, [], receipt.Regions, LocationOf(receipt.Id), Sender(receipt));

    private static SubmissionView View(SubmissionRecord record, ImmutableArray<string> regions, SubmissionReceipt? receipt) =>
        new(record.Id, record.Status, record.ReceivedAt, record.Source, record.Format, record.Counts, record.Problems.IsDefault ? [] : record.Problems, regions, LocationOf(record.Id),
            receipt is null ? null : Sender(receipt));

    private static SubmissionSender? Sender(SubmissionReceipt receipt) =>
        receipt.SubmittedBy is null && receipt.SubmittedById is null ? null : new SubmissionSender(receipt.SubmittedBy, receipt.SubmittedById);

    private static bool IsUtf8(byte[] body)
    {
        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetCharCount(body);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static ApiProblemException Rejected(ImmutableArray<SubmissionProblem> problems)
    {
        var unreadable = problems.Any(p => Unreadable.Contains(p.Code));
        var errors = problems.Take(MaxListedProblems).Select(p => new ProblemError(p.Code, p.Reason, p.Line, p.Field));
        var more = problems.Length > MaxListedProblems ? $" (the first {MaxListedProblems} are listed)" : string.Empty;
        return unreadable
            ? ApiProblemException.Of(400, ApiProblemCodes.MalformedSubmission, $"the submission cannot be read: {problems.Length} problem(s){more}; nothing was kept", errors)
            : ApiProblemException.Of(422, ApiProblemCodes.InvalidSubmission, $"the submission has {problems.Length} problem(s){more}; nothing was kept", errors);
    }

    private static ApiProblemException Duplicate(string id) =>
        ApiProblemException.Of(409, ApiProblemCodes.DuplicateSubmissionId, $"submission id '{id}' was already used for other content; send it under a new id");
}
