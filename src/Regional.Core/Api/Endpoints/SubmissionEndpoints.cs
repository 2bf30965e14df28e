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

            var id = SubmissionIds.IsValid(parsed.SubmissionId) ? parsed.SubmissionId! : derivedId;
            var payloadName = RawPayloadNames.ContentAddressed(body);
            var existing = await submissions.GetAsync(id, token).ConfigureAwait(false);
            if (existing is not null && existing.PayloadBlobName != payloadName)
            {
                throw Duplicate(id);
            }

            await archive.StoreAsync(payloadName, body, contentType!, token).ConfigureAwait(false);
            var receipt = await new SubmissionReceipt(id, payloadName, contentType!, regions, receivedAt, call.Caller.Name).StoreAsync(archive, token).ConfigureAwait(false);
            if (receipt.PayloadName != payloadName)
            {
                throw Duplicate(id);
            }

            // Sending again what was sent before is harmless: ingestion recognises a submission it has seen.
            var message = binary ? BinaryPayloadText.Encode(TemplateLayout.MediaType, body) : Encoding.UTF8.GetString(body);
            await queue.SendAsync(settings.IngestQueue, message, token).ConfigureAwait(false);
            var view = existing is null ? Received(receipt) : View(existing, receipt.Regions);
            return ApiResponse.Json(202, view).WithHeader("Location", view.Location);
        }, cancellationToken);

    public Task<ApiResponse> GetAsync(ApiRequest request, string? id, CancellationToken cancellationToken = default) =>
        gate.RunAsync(ApiRoutes.Submission, request, async (call, token) =>
        {
            var catalog = catalogs.Catalog;
            if (!SubmissionIds.IsValid(id))
            {
                throw ApiProblemException.Of(400, ApiProblemCodes.InvalidSubmissionId, $"'{ApiInputs.Shown(id)}' is not a submission id ({SubmissionIds.Pattern})");
            }

            var record = await submissions.GetAsync(id!, token).ConfigureAwait(false);
            var receipt = await SubmissionReceipt.ReadAsync(archive, id!, token).ConfigureAwait(false);
            if (record is null && receipt is null)
            {
                throw ApiProblemException.Of(404, ApiProblemCodes.SubmissionNotFound, $"no submission has id '{id}'");
            }

            var regions = receipt?.Regions ?? await RegionsOfPayloadAsync(record!, token).ConfigureAwait(false);
            if (!call.Caller.SeesEveryRegion && (regions.IsEmpty || !regions.All(r => call.Caller.CanReadRegion(catalog, r))))
            {
                throw ApiCall.Forbidden($"{call.Caller.Describe()} may not read submission '{id}': it has figures of regions outside the caller's");
            }

            return ApiResponse.Ok(record is null ? Received(receipt!) : View(record, regions));
        }, cancellationToken);

    public static string LocationOf(string submissionId) => $"/api/{ApiRoutes.SubmissionsTemplate}/{Uri.EscapeDataString(submissionId)}";

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
        new(receipt.Id, SubmissionStatus.Received, receipt.ReceivedAt, receipt.SubmittedBy, null, null, [], receipt.Regions, LocationOf(receipt.Id));

    private static SubmissionView View(SubmissionRecord record, ImmutableArray<string> regions) =>
        new(record.Id, record.Status, record.ReceivedAt, record.Source, record.Format, record.Counts, record.Problems.IsDefault ? [] : record.Problems, regions, LocationOf(record.Id));

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
