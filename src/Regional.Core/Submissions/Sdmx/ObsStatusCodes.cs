using System.Collections.Frozen;
using Regional.Observations;

namespace Regional.Submissions.Sdmx;

/// <summary>
/// How SDMX <c>OBS_STATUS</c> codes (code list CL_OBS_STATUS) map onto <see cref="ObservationStatus"/>.
/// <list type="bullet">
/// <item><c>A</c> normal value → final.</item>
/// <item><c>B</c> time series break → final: the figure itself is a normal one; the break is metadata.</item>
/// <item><c>P</c> provisional value → provisional.</item>
/// <item><c>E</c> estimated value and <c>V</c> unvalidated value → provisional: both may still change.</item>
/// <item><c>L</c>, <c>M</c>, <c>O</c>, <c>Q</c> (the missing-value codes) → provisional, and only with a missing OBS_VALUE.</item>
/// <item>An empty cell → provisional, the same default as the JSON envelope.</item>
/// </list>
/// Every other code is rejected: <c>F</c> (forecast), <c>I</c> (imputed) and the like are not reported figures, and
/// CL_OBS_STATUS has no code for "revised" (a revision is a later vintage of the same key, which the store detects).
/// </summary>
public static class ObsStatusCodes
{
    public static FrozenDictionary<string, ObservationStatus> Accepted { get; } = new Dictionary<string, ObservationStatus>
    {
        ["A"] = ObservationStatus.Final,
        ["B"] = ObservationStatus.Final,
        ["P"] = ObservationStatus.Provisional,
        ["E"] = ObservationStatus.Provisional,
        ["V"] = ObservationStatus.Provisional,
        ["L"] = ObservationStatus.Provisional,
        ["M"] = ObservationStatus.Provisional,
        ["O"] = ObservationStatus.Provisional,
        ["Q"] = ObservationStatus.Provisional,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Codes that say the value is missing; a figure next to one of them contradicts it.</summary>
    public static FrozenSet<string> MissingValueCodes { get; } = new[] { "L", "M", "O", "Q" }.ToFrozenSet(StringComparer.Ordinal);
}
