using System.Collections.Frozen;
using Regional.Periods;

namespace Regional.Submissions.Sdmx;

/// <summary>SDMX <c>FREQ</c> codes (CL_FREQ) of the frequencies a <see cref="Period"/> can have.</summary>
public static class FrequencyCodes
{
    public static FrozenDictionary<string, Frequency> Accepted { get; } = new Dictionary<string, Frequency>
    {
        ["A"] = Frequency.Annual,
        ["S"] = Frequency.SemiAnnual,
        ["Q"] = Frequency.Quarterly,
        ["M"] = Frequency.Monthly,
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
