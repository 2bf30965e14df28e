using Regional.Catalogs;
using Regional.Periods;

namespace Regional.Engine.Targets;

/// <summary>
/// Replays the target bands of the periods before the evaluated one (same frequency, as far back as the input has
/// both a value and a target without a gap), applying the same hysteresis in order, so the lagging streak and the
/// band just before are computed from data rather than trusted from stored state.
/// </summary>
public sealed record LaggingHistory(int BandBefore, int StreakBefore)
{
    public static LaggingHistory Empty { get; } = new(0, 0);

    public static LaggingHistory Of(Catalog catalog, ObservationSet observations, string regionCode, string indicatorId, Period period)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(observations);
        var gaps = new Stack<(double Gap, TargetQualifier? Qualifier)>();
        var cursor = period;
        while (cursor.Year > 1900)
        {
            cursor = cursor.Previous();
            if (GapAt(catalog, observations, regionCode, indicatorId, cursor) is not { } gap)
            {
                break;
            }

            gaps.Push((gap, catalog.Rules.Targets.FindQualifier(catalog.FindTarget(cursor.Year, regionCode, indicatorId)?.Qualifier)));
        }

        var rules = catalog.Rules.Targets;
        var band = 0;
        var streak = 0;
        while (gaps.TryPop(out var entry))
        {
            band = TargetBands.Classify(entry.Gap, rules, band, entry.Qualifier);
            streak = TargetBands.IsLagging(rules, band) ? streak + 1 : 0;
        }

        return new LaggingHistory(band, streak);
    }

    public static double? GapAt(Catalog catalog, ObservationSet observations, string regionCode, string indicatorId, Period period)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(observations);
        var value = observations.Value(regionCode, indicatorId, period);
        var target = catalog.FindTarget(period.Year, regionCode, indicatorId);
        return value is { } v && target is not null ? v - target.Value : null;
    }
}
