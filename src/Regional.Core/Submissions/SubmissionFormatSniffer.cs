using System.Text;

namespace Regional.Submissions;

/// <summary>
/// Decides which reader a payload needs from its content type and its first bytes. A specific SDMX media type wins;
/// a generic JSON or CSV type, or none, is settled by looking at the start of the body.
/// </summary>
public static class SubmissionFormatSniffer
{
    /// <summary>How many leading bytes are worth looking at.</summary>
    public const int HeadLength = 4096;

    private static readonly byte[][] SdmxJsonMarkers = ["\"dataSets\""u8.ToArray(), "\"structures\""u8.ToArray(), "\"structure\""u8.ToArray(), "\"meta\""u8.ToArray()];

    public static SubmissionFormat Sniff(string? contentType, ReadOnlySpan<byte> head)
    {
        var mediaType = MediaType(contentType);
        var fromBody = SniffBody(head.Length > HeadLength ? head[..HeadLength] : head);
        return mediaType switch
        {
            "application/vnd.sdmx.data+json" => SubmissionFormat.SdmxJson,
            "application/vnd.sdmx.structurespecificdata+xml" => SubmissionFormat.SdmxMl21,
            Spreadsheets.TemplateLayout.MediaType => SubmissionFormat.ExcelTemplate,
            "application/vnd.sdmx.data+csv" or "text/csv" or "application/csv" => fromBody is SubmissionFormat.SdmxCsv1 or SubmissionFormat.SdmxCsv2
                ? fromBody
                : CsvVersionFromParameters(contentType),
            "application/json" or "text/json" => fromBody is SubmissionFormat.JsonEnvelope or SubmissionFormat.SdmxJson
                ? fromBody
                : SubmissionFormat.JsonEnvelope,
            _ => fromBody,
        };
    }

    private static SubmissionFormat SniffBody(ReadOnlySpan<byte> head)
    {
        // An .xlsx workbook is a ZIP package: it starts with a local file header.
        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            return SubmissionFormat.ExcelTemplate;
        }

        var body = head.StartsWith("\uFEFF"u8) ? head[3..] : head;
        body = body.TrimStart(" \t\r\n"u8);
        if (body.IsEmpty)
        {
            return SubmissionFormat.Unknown;
        }

        if (body[0] is (byte)'{' or (byte)'[')
        {
            // The envelope names its schema; an SDMX-JSON message has data sets and structures instead. JSON that shows
            // neither goes to the envelope reader, which says what is missing.
            if (body.IndexOf("\"regional.submission/"u8) >= 0)
            {
                return SubmissionFormat.JsonEnvelope;
            }

            foreach (var marker in SdmxJsonMarkers)
            {
                if (body.IndexOf(marker) >= 0)
                {
                    return SubmissionFormat.SdmxJson;
                }
            }

            return SubmissionFormat.JsonEnvelope;
        }

        if (body[0] == (byte)'<')
        {
            return body.IndexOf("StructureSpecificData"u8) >= 0 ? SubmissionFormat.SdmxMl21 : SubmissionFormat.Unknown;
        }

        if (body[0] == (byte)'"')
        {
            body = body[1..];
        }

        if (StartsWithIgnoreCase(body, "DATAFLOW"u8))
        {
            return SubmissionFormat.SdmxCsv1;
        }

        return StartsWithIgnoreCase(body, "STRUCTURE"u8) ? SubmissionFormat.SdmxCsv2 : SubmissionFormat.Unknown;
    }

    private static SubmissionFormat CsvVersionFromParameters(string? contentType) =>
        contentType is not null && contentType.Contains("version=2", StringComparison.OrdinalIgnoreCase)
            ? SubmissionFormat.SdmxCsv2
            : SubmissionFormat.SdmxCsv1;

    private static string MediaType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return string.Empty;
        }

        var semicolon = contentType.IndexOf(';', StringComparison.Ordinal);
        return (semicolon >= 0 ? contentType[..semicolon] : contentType).Trim().ToLowerInvariant();
    }

    private static bool StartsWithIgnoreCase(ReadOnlySpan<byte> body, ReadOnlySpan<byte> upperAscii)
    {
        if (body.Length < upperAscii.Length)
        {
            return false;
        }

        return Ascii.EqualsIgnoreCase(body[..upperAscii.Length], upperAscii);
    }
}
