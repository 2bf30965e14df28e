using System.Collections.Immutable;
using Regional.Alerts;
using Regional.Catalogs;
using Regional.Engine;
using Regional.Observations;
using Regional.Periods;

namespace Regional.Core.Tests.Engine;

/// <summary>
/// Builders for engine tests: the test catalog with the quality checks switched off and no composite leaders
/// (those belong to other tests), figures, and evaluations that carry their alert state forward.
/// </summary>
internal static class EngineFixture
{
    public static readonly DateTimeOffset FirstRun = new(2025, 4, 20, 9, 0, 0, TimeSpan.FromHours(8));

    public static Catalog Catalog(Func<RuleSet, RuleSet>? change = null)
    {
        var rules = TestCatalog.DefaultRules();
        rules = rules with
        {
            Quality = QualityOff(rules.Quality),
            Comparison = rules.Comparison with { LeadingTopN = 0 },
        };
        return TestCatalog.Create(change is null ? rules : change(rules));
    }

    public static Observation Growth(string region, string period, double value, string indicator = "gdp_growth") =>
        new(region, indicator, Period.Parse(period), value, Basis.YtdGrowth);

    public static Observation Level(string region, string indicator, string period, double value) =>
        new(region, indicator, Period.Parse(period), value, Basis.Level);

    public static EvaluationResult Evaluate(
        Catalog catalog,
        string period,
        IEnumerable<Observation> observations,
        ImmutableArray<AlertState> previous = default,
        DateTimeOffset? at = null) =>
        Evaluator.Evaluate(new EvaluationInput(
            catalog,
            Period.Parse(period),
            [.. observations],
            previous.IsDefault ? [] : previous,
            at ?? FirstRun));

    /// <summary>Evaluates the periods in order, each with the state the one before produced, 91 days apart.</summary>
    public static List<EvaluationResult> Run(Catalog catalog, IReadOnlyList<Observation> observations, params string[] periods)
    {
        var results = new List<EvaluationResult>();
        ImmutableArray<AlertState> state = [];
        for (var i = 0; i < periods.Length; i++)
        {
            var result = Evaluate(catalog, periods[i], observations, state, FirstRun.AddDays(91 * i));
            results.Add(result);
            state = result.Alerts;
        }

        return results;
    }

    public static Finding Single(EvaluationResult result, string region, string ruleId) =>
        Assert.Single(result.Findings, f => f.RegionCode == region && f.RuleId == ruleId);

    private static QualityRules QualityOff(QualityRules q) => q with
    {
        Range = q.Range with { Enabled = false },
        Completeness = q.Completeness with { Enabled = false },
        Hierarchy = q.Hierarchy with { Enabled = false },
        CrossIndicator = q.CrossIndicator with { Enabled = false },
        Revision = q.Revision with { Enabled = false },
        PeerOutlier = q.PeerOutlier with { Enabled = false },
        TargetHugging = q.TargetHugging with { Enabled = false },
        Benford = q.Benford with { Enabled = false },
    };
}
