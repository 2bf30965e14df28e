using System.Collections.Immutable;
using Regional.Catalogs;
using Regional.Engine;
using Regional.Engine.Quality;
using Regional.Observations;
using Regional.Periods;

namespace Regional.Core.Tests.Engine;

/// <summary>Builds observations, observation sets and rule variants of the test catalog for engine tests.</summary>
internal static class Figures
{
    public static readonly Period Q1 = Period.Quarter(2025, 1);
    public static readonly Period Q2 = Period.Quarter(2025, 2);
    public static readonly Period Q3 = Period.Quarter(2025, 3);
    public static readonly Period Q4 = Period.Quarter(2025, 4);

    private static readonly ImmutableDictionary<string, Basis> Bases =
        TestCatalog.Indicators().ToImmutableDictionary(i => i.Id, i => i.Basis);

    /// <summary>A figure with the basis the test catalog gives its indicator.</summary>
    public static Observation Of(string region, string indicator, double value, Period? period = null, int vintage = 1) =>
        new(region, indicator, period ?? Q3, value, Bases.GetValueOrDefault(indicator, Basis.Level), vintage: vintage);

    /// <summary>The same indicator for several regions in one period, in the order given.</summary>
    public static IEnumerable<Observation> Each(string indicator, Period period, params (string Region, double Value)[] values) =>
        values.Select(v => Of(v.Region, indicator, v.Value, period));

    public static ObservationSet Set(Catalog catalog, IEnumerable<Observation> observations) => new(catalog, observations);

    public static Catalog WithQuality(Func<QualityRules, QualityRules> change)
    {
        var rules = TestCatalog.DefaultRules();
        return TestCatalog.Create(rules with { Quality = change(rules.Quality) });
    }

    public static Catalog WithComparison(Func<ComparisonRules, ComparisonRules> change)
    {
        var rules = TestCatalog.DefaultRules();
        return TestCatalog.Create(rules with { Comparison = change(rules.Comparison) });
    }

    /// <summary>The findings of one quality rule for the period.</summary>
    public static List<Finding> Findings(Catalog catalog, Period period, string ruleId, IEnumerable<Observation> observations) =>
        QualityChecks.Run(catalog, period, Set(catalog, observations)).Where(f => f.RuleId == ruleId).ToList();

    /// <summary>A catalog like the test catalog with other regions (records copied with <c>with</c> keep their original index).</summary>
    public static Catalog WithRegions(ImmutableArray<Region> regions, RuleSet? rules = null)
    {
        var template = TestCatalog.Create(rules);
        return new Catalog(template.Info, regions, template.Indicators, template.Targets, template.Rules);
    }
}
