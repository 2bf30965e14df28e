using System.Globalization;
using Regional.Catalogs;
using Regional.Observations;
using static Regional.Engine.Quality.QualityFinding;

namespace Regional.Engine.Quality;

/// <summary>
/// Revisions: the latest vintage of a figure against the vintage before it, for the evaluated period and the one
/// before it. A revision is news when it arrives: the evaluation of the next period still reports it (the revised
/// figure feeds that period's year-to-date comparison), later evaluations do not, so one old revision does not keep a
/// region's data marked as failing, and its growth alerts muted, for the rest of the year. Levels move in percent of
/// the earlier value, growth rates in percentage points. One finding per region and indicator (an alert is keyed that
/// way): the largest revision, naming its period and how many other periods were also revised beyond the tolerance.
/// </summary>
internal static class Revisions
{
    public static IEnumerable<Finding> Check(QualityContext context, RevisionCheck rule)
    {
        var checkedCodes = context.CheckedRegions.Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        var revisions = new List<Revision>();
        var earliest = context.Period.Year > 1900 ? context.Period.Previous() : context.Period;
        foreach (var figure in context.Observations.RevisedFigures)
        {
            var latest = figure[^1];
            if (latest.Period > context.Period || latest.Period < earliest || !checkedCodes.Contains(latest.RegionCode))
            {
                continue;
            }

            var revision = Measure(figure[^2], latest, rule);
            if (revision is not null)
            {
                revisions.Add(revision);
            }
        }

        return revisions
            .GroupBy(r => (r.Latest.RegionCode, r.Latest.IndicatorId))
            .Select(g => Report(context, g.OrderByDescending(r => r.Level)
                .ThenByDescending(r => r.Change is null ? double.PositiveInfinity : Math.Abs(r.Change.Value))
                .ThenByDescending(r => r.Latest.Period)
                .ToList()));
    }

    private static Revision? Measure(Observation earlier, Observation latest, RevisionCheck rule)
    {
        var inPoints = latest.Basis != Basis.Level;
        if (inPoints)
        {
            var points = latest.Value - earlier.Value;
            var pointsLevel = Classify(Math.Abs(points), rule.WarnPercent, rule.FailPercent);
            return pointsLevel is null ? null : new Revision(earlier, latest, points, true, pointsLevel.Value);
        }

        if (earlier.Value == 0)
        {
            // A level revised away from zero has no percentage; it is the largest revision there can be.
            return latest.Value == 0 ? null : new Revision(earlier, latest, null, false, QualityLevel.Fail);
        }

        var percent = (latest.Value - earlier.Value) * 100 / Math.Abs(earlier.Value);
        var level = Classify(Math.Abs(percent), rule.WarnPercent, rule.FailPercent);
        return level is null ? null : new Revision(earlier, latest, percent, false, level.Value);
    }

    private static Finding Report(QualityContext context, List<Revision> revisions)
    {
        var worst = revisions[0];
        var latest = worst.Latest;
        var change = worst.Change is null
            ? "from zero"
            : worst.InPoints
                ? Signed(worst.Change.Value) + " points"
                : Signed(worst.Change.Value) + "%";
        var detail = string.Create(
            CultureInfo.InvariantCulture,
            $"{context.RegionName(latest.RegionCode)}: {context.IndicatorName(latest.IndicatorId)} for {latest.Period.Label} was revised from {Number(worst.Earlier.Value)} (vintage {worst.Earlier.Vintage}) to {Number(latest.Value)} (vintage {latest.Vintage}), {change}.");
        if (revisions.Count > 1)
        {
            var others = string.Join(", ", revisions.Skip(1).Select(r => r.Latest.Period).Order().Select(p => p.Label));
            detail += string.Create(CultureInfo.InvariantCulture, $" Also revised beyond the tolerance: {others}.");
        }

        return Create(latest.RegionCode, RuleIds.QualityRevision, latest.IndicatorId, worst.Level, latest.Value, worst.Earlier.Value, worst.Change, detail, DetailZh(context, revisions));
    }

    private static string DetailZh(QualityContext context, List<Revision> revisions)
    {
        var worst = revisions[0];
        var latest = worst.Latest;
        var unit = context.UnitZh(latest.IndicatorId);
        var change = worst.Change is null
            ? "原值为零"
            : worst.InPoints
                ? "变动" + ChineseText.Difference(worst.Change.Value, "%", signed: true)
                : "变动" + Signed(worst.Change.Value) + "%";
        var detail = string.Create(
            CultureInfo.InvariantCulture,
            $"{context.RegionNameZh(latest.RegionCode)}{ChineseText.Span(latest.Period, latest.Basis)}{context.IndicatorNameZh(latest.IndicatorId)}由第{worst.Earlier.Vintage}版的{ChineseText.Figure(worst.Earlier.Value, unit)}修订为第{latest.Vintage}版的{ChineseText.Figure(latest.Value, unit)}，{change}。");
        if (revisions.Count > 1)
        {
            var others = revisions.Skip(1).Select(r => r.Latest.Period).Order().Select(p => ChineseText.Span(p, latest.Basis));
            detail += "另有" + string.Join("、", others) + "的数据修订幅度也超出容许范围。";
        }

        return detail;
    }

    private sealed record Revision(Observation Earlier, Observation Latest, double? Change, bool InPoints, QualityLevel Level);
}
