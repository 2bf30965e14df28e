namespace Regional.Submissions.Sdmx;

/// <summary>
/// The raw text of one SDMX observation, whichever SDMX format it came from. Null means the column or component is absent.
/// <see cref="Pointer"/> locates the observation in a JSON message; problems then name <c>pointer.COMPONENT</c>.
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
    string? Pointer = null)
{
    public string Field(string component) => Pointer is null ? component : $"{Pointer}.{component}";
}
