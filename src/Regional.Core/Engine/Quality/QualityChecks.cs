using System.Collections.Immutable;
using Regional.Catalogs;
using Regional.Periods;

namespace Regional.Engine.Quality;

/// <summary>The quality line of statistical data: runs every enabled check of the catalog for one period.</summary>
public static class QualityChecks
{
    /// <summary>
    /// All quality findings of the period, ordered by region (catalog order), rule id and indicator id, so that
    /// the same input always gives the same list. With <paramref name="deadlinePassed"/> the completeness check runs
    /// even for a period nobody has reported anything for.
    /// </summary>
    public static ImmutableArray<Finding> Run(Catalog catalog, Period period, ObservationSet observations, bool deadlinePassed = false)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(observations);
        var context = new QualityContext(catalog, period, observations, deadlinePassed);
        var rules = catalog.Rules.Quality;
        var findings = new List<Finding>();
        if (rules.Range.Enabled)
        {
            findings.AddRange(PlausibleRange.Check(context, rules.Range));
        }

        if (rules.Completeness.Enabled)
        {
            findings.AddRange(Completeness.Check(context, rules.Completeness));
        }

        if (rules.Hierarchy.Enabled)
        {
            findings.AddRange(HierarchyBalance.Check(context, rules.Hierarchy));
        }

        if (rules.CrossIndicator.Enabled)
        {
            findings.AddRange(CrossIndicatorPlausibility.Check(context, rules.CrossIndicator));
        }

        if (rules.Revision.Enabled)
        {
            findings.AddRange(Revisions.Check(context, rules.Revision));
        }

        if (rules.PeerOutlier.Enabled)
        {
            findings.AddRange(PeerOutliers.Check(context, rules.PeerOutlier));
        }

        if (rules.TargetHugging.Enabled)
        {
            findings.AddRange(TargetHugging.Check(context, rules.TargetHugging));
        }

        if (rules.Benford.Enabled)
        {
            findings.AddRange(BenfordFirstDigits.Check(context, rules.Benford));
        }

        return Order(catalog, findings);
    }

    private static ImmutableArray<Finding> Order(Catalog catalog, List<Finding> findings)
    {
        var position = new Dictionary<string, int>(catalog.Regions.Length, StringComparer.Ordinal);
        for (var i = 0; i < catalog.Regions.Length; i++)
        {
            position.TryAdd(catalog.Regions[i].Code, i);
        }

        return findings
            .OrderBy(f => position.GetValueOrDefault(f.RegionCode, int.MaxValue))
            .ThenBy(f => f.RegionCode, StringComparer.Ordinal)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.IndicatorId, StringComparer.Ordinal)
            .ToImmutableArray();
    }
}
