using System.Collections.Immutable;

namespace Regional.Sample;

/// <summary>
/// A condition deliberately put into the synthetic data: the region where the finding is expected, the rule that
/// should find it, the indicator and the period(s). <see cref="CausedBy"/> names the region whose figure causes a
/// finding that lands elsewhere (a city overstating GDP makes the province's hierarchy check fail).
/// </summary>
public sealed record PlantedCase(
    string Id,
    string RegionCode,
    string RuleId,
    string IndicatorId,
    ImmutableArray<string> Periods,
    string Description,
    string? CausedBy = null);
