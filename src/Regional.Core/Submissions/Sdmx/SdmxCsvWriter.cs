using System.Globalization;
using Regional.Catalogs;
using Regional.Catalogs.Dataflows;
using Regional.Observations;
using Regional.Periods;

namespace Regional.Submissions.Sdmx;

/// <summary>
/// Writes stored figures as SDMX-CSV 2.0 in the project's own structure, so the province can hand its figures to
/// anyone who speaks SDMX: <c>STRUCTURE=dataflow</c>, <c>STRUCTURE_ID=REGIONAL:&lt;catalog&gt;(&lt;version&gt;)</c>,
/// <c>ACTION=I</c>, the key <c>REF_AREA</c>, <c>INDICATOR</c>, <c>FREQ</c>, <c>TIME_PERIOD</c>, the measure and the
/// attributes <c>OBS_STATUS</c> (A final, P provisional; CL_OBS_STATUS has no code for revised, so a revised figure
/// is written as a normal value) and <c>UNIT_MEASURE</c> (the catalog's unit). Values keep every digit
/// (round-trip format), so reading the file back gives identical figures.
/// </summary>
public static class SdmxCsvWriter
{
    public const string Agency = "REGIONAL";
    public const string MediaType = "application/vnd.sdmx.data+csv; version=2.0.0; charset=utf-8";

    private static readonly string[] Header =
        [SdmxColumns.Structure, SdmxColumns.StructureId, SdmxColumns.Action, SdmxColumns.RefArea, SdmxColumns.Indicator, SdmxColumns.Freq, SdmxColumns.TimePeriod, SdmxColumns.ObsValue, SdmxColumns.ObsStatus, SdmxColumns.UnitMeasure];

    /// <summary>The dataflow the catalog's own figures are published under.</summary>
    public static DataflowReference Dataflow(CatalogInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        return new DataflowReference(Agency, info.Id, info.Version);
    }

    public static void Write(Catalog catalog, IEnumerable<Observation> figures, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(output);
        output.Write(string.Join(",", Header));
        output.Write("\r\n");
        var structure = Dataflow(catalog.Info).ToString();
        foreach (var figure in figures.OrderBy(f => f.RegionCode, StringComparer.Ordinal).ThenBy(f => f.IndicatorId, StringComparer.Ordinal).ThenBy(f => f.Period))
        {
            string[] fields =
            [
                "dataflow",
                structure,
                "I",
                figure.RegionCode,
                figure.IndicatorId,
                Frequency(figure.Period.Frequency),
                figure.Period.ToString(),
                figure.Value.ToString("R", CultureInfo.InvariantCulture),
                figure.Status == ObservationStatus.Provisional ? "P" : "A",
                catalog.FindIndicator(figure.IndicatorId)?.Unit ?? string.Empty,
            ];
            output.Write(string.Join(",", fields.Select(Quoted)));
            output.Write("\r\n");
        }
    }

    /// <summary>RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled.</summary>
    private static string Quoted(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;

    private static string Frequency(Frequency frequency) => FrequencyCodes.Accepted.Single(f => f.Value == frequency).Key;
}
