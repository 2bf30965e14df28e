using System.Globalization;
using System.Text;
using Regional.Catalogs.Dataflows;
using Regional.Submissions.Excel;
using Regional.Submissions.Json;
using Regional.Submissions.Sdmx;

namespace Regional.Submissions;

/// <summary>
/// The entry point for a submission payload of any format: enforces the size limit (before reading when the length is
/// known, while reading otherwise), picks the reader with <see cref="SubmissionFormatSniffer"/>, and never throws for
/// bad content: every problem comes back inside the <see cref="ParsedSubmission"/>.
/// </summary>
public static class SubmissionReader
{
    private const int ChunkSize = 81920;

    /// <param name="body">The payload.</param>
    /// <param name="contentType">The declared content type, if any.</param>
    /// <param name="length">The payload length when the transport states it.</param>
    /// <param name="context">Identity for formats that carry none, and for payloads that cannot be read at all.</param>
    /// <param name="limits">Size bounds; <see cref="SubmissionLimits.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops reading the body.</param>
    public static async Task<ParsedSubmission> ReadAsync(
        Stream body,
        string? contentType,
        long? length,
        SubmissionContext context,
        SubmissionLimits? limits = null,
        CancellationToken cancellationToken = default,
        DataflowSet? dataflows = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(context);
        limits ??= SubmissionLimits.Default;
        if (length > limits.MaxBytes)
        {
            return TooLarge(context, limits, length.Value);
        }

        using var buffer = new MemoryStream(length is > 0 and var known ? (int)Math.Min(known, Array.MaxLength) : ChunkSize);
        var chunk = new byte[ChunkSize];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limits.MaxBytes)
            {
                return TooLarge(context, limits, null);
            }

            buffer.Write(chunk, 0, read);
        }

        return Read(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), contentType, context, limits, dataflows);
    }

    /// <summary>Reads a payload already in memory; SDMX messages go through <paramref name="dataflows"/> (the catalog's mappings).</summary>
    public static ParsedSubmission Read(ReadOnlySpan<byte> payload, string? contentType, SubmissionContext context, SubmissionLimits? limits = null, DataflowSet? dataflows = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        limits ??= SubmissionLimits.Default;
        if (payload.Length > limits.MaxBytes)
        {
            return TooLarge(context, limits, payload.Length);
        }

        var format = SubmissionFormatSniffer.Sniff(contentType, payload);
        if (WithoutByteOrderMark(payload).Trim(" \t\r\n"u8).IsEmpty)
        {
            return ParsedSubmission.Unreadable(format, context, new SubmissionProblem(null, null, ProblemCodes.EmptyBody, "the body is empty"));
        }

        switch (format)
        {
            case SubmissionFormat.JsonEnvelope:
                return JsonEnvelopeReader.Read(payload);
            case SubmissionFormat.SdmxJson:
                return SdmxJsonReader.Read(payload, context, dataflows);
            case SubmissionFormat.SdmxCsv1 or SubmissionFormat.SdmxCsv2:
                using (var text = new StreamReader(new MemoryStream(payload.ToArray()), Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
                {
                    return SdmxCsvReader.Read(text, context, dataflows: dataflows);
                }

            case SubmissionFormat.ExcelTemplate:
                using (var xlsx = new MemoryStream(payload.ToArray(), writable: false))
                {
                    return ExcelTemplateReader.Read(xlsx, context);
                }

            case SubmissionFormat.SdmxMl21:
                using (var xml = new MemoryStream(payload.ToArray(), writable: false))
                {
                    return SdmxMlReader.Read(xml, context, dataflows);
                }

            default:
                return ParsedSubmission.Unreadable(format, context, new SubmissionProblem(
                    null, null, ProblemCodes.UnknownFormat, $"the format could not be recognised from content type '{contentType}' or the first bytes (expected the JSON envelope, SDMX-CSV, SDMX-JSON or SDMX-ML 2.1 structure-specific data or an Excel template)"));
        }
    }

    private static ReadOnlySpan<byte> WithoutByteOrderMark(ReadOnlySpan<byte> payload) =>
        payload.StartsWith("\uFEFF"u8) ? payload[3..] : payload;

    private static ParsedSubmission TooLarge(SubmissionContext context, SubmissionLimits limits, long? length)
    {
        var size = length is { } known ? string.Create(CultureInfo.InvariantCulture, $"{known} bytes") : "more than that";
        return ParsedSubmission.Unreadable(SubmissionFormat.Unknown, context, new SubmissionProblem(
            null, null, ProblemCodes.TooLarge, string.Create(CultureInfo.InvariantCulture, $"the payload exceeds the maximum of {limits.MaxBytes} bytes ({size})")));
    }
}
