using Regional.Catalogs;
using static Regional.Alerts.MessageText;

namespace Regional.Alerts;

/// <summary>The names and formatted figures every message of a transition draws on.</summary>
internal sealed class MessageSubject(Catalog catalog, AlertTransition transition)
{
    private readonly Region? _region = catalog.FindRegion(transition.Key.RegionCode);

    public AlertTransition Transition { get; } = transition;

    public Catalog Catalog { get; } = catalog;

    public Indicator? Indicator { get; } = catalog.FindIndicator(transition.Key.IndicatorId);

    public string RegionEn => _region?.NameEn ?? Transition.Key.RegionCode;

    public string RegionZh => _region?.NameZh ?? Transition.Key.RegionCode;

    public string IndicatorEn => Indicator?.NameEn ?? Transition.Key.IndicatorId;

    public string IndicatorZh => Indicator?.NameZh ?? Transition.Key.IndicatorId;

    public string Unit => Indicator?.Unit ?? string.Empty;

    /// <summary>The unit as Chinese messages name it, the catalog's Chinese unit where it has one.</summary>
    public string UnitZh => Indicator?.UnitZh ?? Unit;

    public string SpanEn => MessageText.SpanEn(Transition.Period, Indicator?.Basis ?? Observations.Basis.Level);

    public string SpanZh => MessageText.SpanZh(Transition.Period, Indicator?.Basis ?? Observations.Basis.Level);

    public bool Resolved => Transition.Kind == TransitionKind.Resolved;

    public string Value(double value) => Number(value, Unit);

    public string ValueZh(double value) => NumberZh(value, UnitZh);

    public string RankEn => Transition.Rank is { } r && Transition.RankOf is { } n ? Invariant($", rank {r}/{n}") : string.Empty;

    public string RankZh => Transition.Rank is { } r && Transition.RankOf is { } n ? Invariant($"，排名第{r}/{n}") : string.Empty;

    /// <summary>", for the 2nd quarter running" once a condition has held for two periods or more.</summary>
    public string RunningEn => Transition.Streak >= 2
        ? $"for the {OrdinalEn(Transition.Streak)} {UnitsEn(Transition.Period.Frequency, 1)} running"
        : string.Empty;

    public string RunningZh => Transition.Streak >= 2
        ? Invariant($"连续第{Transition.Streak}{UnitZh(Transition.Period.Frequency)}")
        : string.Empty;

    /// <summary>" after 3 quarters" for a resolution, when the episode's length is known.</summary>
    public string AfterEn => Transition.DurationPeriods is > 0 and var n
        ? Invariant($" after {n} {UnitsEn(Transition.Period.Frequency, n)}")
        : string.Empty;

    public string AfterZh => Transition.DurationPeriods is > 0 and var n
        ? Invariant($"（持续{n}{UnitZh(Transition.Period.Frequency)}）")
        : string.Empty;
}
