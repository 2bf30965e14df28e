using System.Collections.Immutable;
using System.Text.Json;
using Regional.Serialization;
using Regional.Storage;

namespace Regional.Api.Endpoints;

/// <summary>
/// What the API noted when it accepted a submission over HTTP, kept next to the raw payloads under
/// <c>receipts/&lt;id&gt;.json</c> (the id as stored, with its region scope): which payload the id stands for, the
/// regions its figures are for, who sent it (the signed-in principal's name and id) and when. It answers status
/// requests before ingestion has recorded the submission; once there is a record, the record decides.
/// </summary>
public sealed record SubmissionReceipt(
    string Id,
    string PayloadName,
    string ContentType,
    ImmutableArray<string> Regions,
    DateTimeOffset ReceivedAt,
    string? SubmittedBy,
    string? SubmittedById = null)
{
    public static string NameOf(string submissionId) => $"receipts/{submissionId}.json";

    /// <summary>Stores the receipt unless one exists; returns the receipt in force (the earlier one when there was one).</summary>
    public async Task<SubmissionReceipt> StoreAsync(IRawPayloadArchive archive, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var json = JsonSerializer.SerializeToUtf8Bytes(this, RegionalJson.Options);
        if (await archive.StoreAsync(NameOf(Id), json, "application/json", cancellationToken).ConfigureAwait(false))
        {
            return this;
        }

        return await ReadAsync(archive, Id, cancellationToken).ConfigureAwait(false) ?? this;
    }

    public static async Task<SubmissionReceipt?> ReadAsync(IRawPayloadArchive archive, string submissionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var json = await archive.ReadAsync(NameOf(submissionId), cancellationToken).ConfigureAwait(false);
        return json is null ? null : JsonSerializer.Deserialize<SubmissionReceipt>(json, RegionalJson.Options);
    }
}
