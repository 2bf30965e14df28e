using Regional.Observations;
using Regional.Periods;

namespace Regional.Submissions;

/// <summary>
/// One figure as a submission states it, before it is checked against the catalog.
/// <see cref="Value"/> is null for a figure that is intentionally missing (JSON <c>null</c>, SDMX <c>NaN</c>, <c>#N/A</c>
/// or an empty cell) and for deletions. <see cref="Basis"/> is null when the submission leaves it to the indicator.
/// <see cref="Line"/> is the 1-based line of the file where the figure starts (null where a format reader cannot tell);
/// <see cref="Pointer"/> is its JSON path (for example <c>$.observations[3]</c>) for JSON formats and null for CSV.
/// </summary>
public sealed record SubmittedObservation(
    string Region,
    string Indicator,
    Period Period,
    double? Value,
    Basis? Basis,
    ObservationStatus Status,
    SubmissionAction Action,
    int? Line,
    string? Pointer = null)
{
    public ObservationKey Key => new(Region, Indicator, Period);
}
