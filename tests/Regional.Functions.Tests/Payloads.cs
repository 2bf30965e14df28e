using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Regional.Submissions.Envelope;

namespace Regional.Functions.Tests;

/// <summary>Submission payloads for the bundled Sichuan catalog.</summary>
internal static class Payloads
{
    public const string CatalogId = "sichuan";

    /// <summary>The prefecture-level divisions of the bundled catalog.</summary>
    public static readonly ImmutableArray<string> Regions =
    [
        "510100", "510300", "510400", "510500", "510600", "510700", "510800", "510900", "511000", "511100", "511300",
        "511400", "511500", "511600", "511700", "511800", "511900", "512000", "513200", "513300", "513400",
    ];

    /// <summary>The indicators the bundled catalog requires from every region each period.</summary>
    public static readonly ImmutableArray<string> Required =
    [
        "gdp_growth", "gdp", "industry_va_growth", "fai_growth", "retail_growth", "budget_revenue_growth", "electricity_growth", "tax_revenue_growth",
    ];

    public static EnvelopeObservation Figure(string region, string indicator, string period, double value) => new(region, indicator, period, value);

    public static string Envelope(string submissionId, IEnumerable<EnvelopeObservation> observations) =>
        Encoding.UTF8.GetString(EnvelopeJson.Serialize(new SubmissionEnvelope(
            SubmissionEnvelope.SchemaV1,
            submissionId,
            "Sichuan Provincial Bureau of Statistics",
            new DateTimeOffset(2025, 10, 19, 8, 0, 0, TimeSpan.FromHours(8)),
            [.. observations])));

    public static string Envelope(string submissionId, params EnvelopeObservation[] observations) =>
        Envelope(submissionId, observations.AsEnumerable());

    /// <summary>Every required indicator of the regions given, with plausible values.</summary>
    public static IEnumerable<EnvelopeObservation> Complete(string period, IEnumerable<string> regions) =>
        regions.SelectMany((region, r) => Required.Select((indicator, i) =>
            Figure(region, indicator, period, indicator == "gdp" ? 1000 + (r * 10) : 5.0 + (0.1 * ((r + i) % 10)))));

    public static string SdmxCsv(string period, params (string Region, string Indicator, double Value)[] rows) =>
        "DATAFLOW,REF_AREA,INDICATOR,FREQ,TIME_PERIOD,OBS_VALUE\n" +
        string.Concat(rows.Select(r => string.Create(CultureInfo.InvariantCulture, $"RG:REGIONAL(1.0),{r.Region},{r.Indicator},Q,{period},{r.Value}\n")));
}
