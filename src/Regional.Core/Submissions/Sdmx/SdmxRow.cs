namespace Regional.Submissions.Sdmx;

/// <summary>
/// The raw text of one SDMX observation, whichever SDMX format it came from, after its dataflow's mapping named the
/// region and indicator. Null means the column or component is absent. <see cref="Pointer"/> locates the observation
/// in a JSON message; problems then name <c>pointer.COMPONENT</c>. <see cref="AreaColumn"/> and
/// <see cref="TimeColumn"/> are the dataflow's own names of those dimensions. The value is rounded to
/// <see cref="Decimals"/> places when given, then multiplied by ten to <see cref="Scale"/>.
/// </summary>
internal readonly record struct SdmxRow(
    int? Line,
    string? RefArea,
    string? Indicator,
    string? Freq,
    string? TimePeriod,
    string? ObsValue,
    string? ObsStatus,
    string? Action,
    string? Pointer = null,
    string AreaColumn = SdmxColumns.RefArea,
    string TimeColumn = SdmxColumns.TimePeriod,
    int Scale = 0,
    int? Decimals = null)
{
    public string Field(string component) => Pointer is null ? component : $"{Pointer}.{component}";
}
