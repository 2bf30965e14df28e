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
    public static ImmutableArray<Finding> Run(Catalog catalog, Period period, ObservationSet observations, bool deadlinePassed = false, RuleGuard? guard = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(observations);
        var context = new QualityContext(catalog, period, observations, deadlinePassed);
        var rules = catalog.Rules.Quality;
        var findings = new List<Finding>();
        void Add(bool enabled, string ruleId, Func<IEnumerable<Finding>> check)
        {
            if (!enabled)
            {
                return;
            }

            // A check that throws is recorded by the guard and reports nothing; the other checks still run.
            findings.AddRange(guard is null ? check() : guard.Run<IReadOnlyList<Finding>>(ruleId, null, null, () => [.. check()], []));
        }

        Add(rules.Range.Enabled, RuleIds.QualityRange, () => PlausibleRange.Check(context, rules.Range));
        Add(rules.Completeness.Enabled, RuleIds.QualityCompleteness, () => Completeness.Check(context, rules.Completeness));
        Add(rules.Hierarchy.Enabled, RuleIds.QualityHierarchy, () => HierarchyBalance.Check(context, rules.Hierarchy));
        Add(rules.CrossIndicator.Enabled, RuleIds.QualityCrossIndicator, () => CrossIndicatorPlausibility.Check(context, rules.CrossIndicator));
        Add(rules.Revision.Enabled, RuleIds.QualityRevision, () => Revisions.Check(context, rules.Revision));
        Add(rules.PeerOutlier.Enabled, RuleIds.QualityPeerOutlier, () => PeerOutliers.Check(context, rules.PeerOutlier));
        Add(rules.TargetHugging.Enabled, RuleIds.QualityTargetHugging, () => TargetHugging.Check(context, rules.TargetHugging));
        Add(rules.Benford.Enabled, RuleIds.QualityBenford, () => BenfordFirstDigits.Check(context, rules.Benford));
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
