using System.Collections.Immutable;
using Regional.Catalogs;
using Regional.Engine;
using Regional.Periods;

namespace Regional.Azure.Tests.Tables;

/// <summary>Builds small evaluation results for the store tests.</summary>
internal static class EvaluationResults
{
    public const string Catalog = "sichuan";

    public static EvaluationResult Result(Period period, params RegionScorecard[] scorecards) => new(
        period,
        Catalog,
        "2025.1",
        new DateTimeOffset(2025, 10, 21, 2, 0, 0, TimeSpan.Zero),
        [.. scorecards],
        [.. scorecards.SelectMany(s => s.Findings)],
        [],
        []);

    /// <summary>A region ranked <paramref name="rank"/> of <paramref name="rankOf"/> on GDP growth with value <paramref name="growth"/>.</summary>
    public static RegionScorecard Region(string code, double growth, int rank, int rankOf, params Finding[] findings) => new(
        code,
        "Chengdu Plain",
        [
            new IndicatorScore(
                "gdp_growth",
                growth,
                new TargetScore(6.0, growth - 6.0, 6.5, growth >= 6.0 ? "on-track" : "lagging", growth >= 6.0 ? 0 : 1),
                new ComparisonScore(rank, rankOf, rank, rankOf, 0, growth - 5.8, growth - 5.9, MedianComparison.Similar, 0.1, 5.0),
                false),
            new IndicatorScore("population", 1000 + rank, null, null, false),
        ],
        [.. findings],
        QualityStatus.Ok,
        7.5 - rank,
        rank,
        [],
        growth >= 6.0 ? Standing.Leading : Standing.Lagging,
        growth >= 6.0 ? 0 : 1);

    public static Finding Incomplete(string region) => new(
        region, RuleIds.QualityCompleteness, string.Empty, FindingKind.Quality, Severity.Warning, "warn", 1, 1, null,
        "Chengdu has not reported 1 of 2 required indicators for 2025 Q3: gdp.", DetailZh: "成都市2025年第3季度应报的2项指标中有1项未报送：地区生产总值。");

    public static Finding Lagging(string region, double growth) => new(
        region, RuleIds.GrowthTarget, "gdp_growth", FindingKind.Growth, Severity.Warning, "lagging", growth, 6.0, growth - 6.0, "GDP growth below target");
}
