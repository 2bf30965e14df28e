using System.Collections.Immutable;
using System.Text.Json;
using CsCheck;
using Regional.Core.Tests.Sample;
using Regional.Engine;
using Regional.Observations;
using Regional.Periods;
using Regional.Serialization;

namespace Regional.Core.Tests.Engine;

/// <summary>
/// One absurd figure never stops an evaluation: whatever finite doubles the engine is given, it returns, every number
/// of its result is finite (it serializes as JSON), and a figure it cannot compute with is a quality failure naming it.
/// </summary>
public class FiniteArithmeticTests
{
    private static readonly Period Q3 = Period.Quarter(2025, 3);
    private static readonly DateTimeOffset At = new(2025, 10, 20, 8, 0, 0, TimeSpan.FromHours(8));
    private static readonly Lazy<SampleReplay> Sample = new(() => SampleReplay.Generate());

    /// <summary>The doubles that break naive arithmetic: the extremes, the subnormals and their neighbours.</summary>
    private static readonly double[] EdgeValues =
    [
        double.MaxValue, double.MinValue, 1e308, -1e308, 1e300, -1e300, 1e200, 1e101, 1e100, -1e100, 1e99,
        double.Epsilon, -double.Epsilon, 5e-324, 1e-310, 2.2250738585072014e-308, 1e-300, 1e-101, 1e-100, 1e-99,
        9007199254740992, -2147483649, 1e23, 0, -0.0, 1, -1,
    ];

    [Theory]
    [InlineData("510100", "gdp", 1e308)]
    [InlineData("510100", "gdp", -1.7976931348623157e308)]
    [InlineData("510400", "gdp_growth", 1e300)]
    [InlineData("510300", "fiscal_capacity", 5e-324)]
    [InlineData("510500", "electricity_growth", double.MaxValue)]
    public void AnExtremeFigureIsAQualityFailureNamingItAndTheResultStaysFinite(string region, string indicator, double value)
    {
        var result = EvaluateWith(Replace(Sample.Value.Observations, (region, indicator, Q3), value));

        AssertSerializes(result);
        var finding = Assert.Single(result.Findings, f => f.RuleId == RuleIds.QualityArithmetic && f.RegionCode == region);
        Assert.Equal("fail", finding.State);
        Assert.Equal(indicator, finding.IndicatorId);
        Assert.Contains(value.ToString("R", System.Globalization.CultureInfo.InvariantCulture), finding.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.Failure);
        Assert.Equal(Sample.Value.Catalog.Regions.Length, result.Scorecards.Length);
        Assert.Equal(QualityStatus.Fail, result.Scorecards.Single(c => c.RegionCode == region).Quality);
    }

    [Fact]
    public void ARatioWhoseQuotientLeavesTheEnginesSpanNamesBothParts()
    {
        var observations = Replace(Replace(Sample.Value.Observations, ("510300", "gov_debt", Q3), 1e90), ("510300", "fiscal_capacity", Q3), 1e-90);

        var result = EvaluateWith(observations);

        AssertSerializes(result);
        var finding = Assert.Single(result.Findings, f => f.RuleId == RuleIds.QualityArithmetic && f.RegionCode == "510300");
        Assert.Equal("debt_ratio", finding.IndicatorId);
        Assert.Contains("1E+90", finding.Detail, StringComparison.Ordinal);
        Assert.Contains("1E-90", finding.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Scorecards.Single(c => c.RegionCode == "510300").Indicators, i => i.IndicatorId == "debt_ratio");
    }

    [Fact]
    public void AnUnusableLatestVintageIsNotReplacedByTheVintageBeforeIt()
    {
        var chengdu = Sample.Value.Observations.Last(o => o.RegionCode == "510100" && o.IndicatorId == "gdp" && o.Period == Q3);
        var revised = new Observation(chengdu.RegionCode, chengdu.IndicatorId, Q3, 1e308, chengdu.Basis, chengdu.Status, chengdu.Vintage + 1);

        var result = EvaluateWith(Sample.Value.Observations.Add(revised));

        Assert.DoesNotContain(result.Scorecards.Single(c => c.RegionCode == "510100").Indicators, i => i.IndicatorId == "gdp");
        Assert.Single(result.Findings, f => f.RuleId == RuleIds.QualityArithmetic && f.RegionCode == "510100" && f.IndicatorId == "gdp");
    }

    [Fact]
    public void ArbitraryFiniteFiguresAnywhereNeverStopTheEngineNorLeaveItsResultNonFinite()
    {
        var observations = Sample.Value.Observations;
        var figure = Gen.Frequency(
            (3, Gen.Int[0, EdgeValues.Length - 1].Select(i => EdgeValues[i])),
            (2, Gen.Double.Where(double.IsFinite)),
            (1, Gen.Double[-1e6, 1e6]));
        var change = Gen.Select(Gen.Int[0, observations.Length - 1], figure);
        change.Array[1, 12].Sample(
            changes =>
            {
                var builder = observations.ToBuilder();
                foreach (var (at, value) in changes)
                {
                    var o = builder[at];
                    builder[at] = new Observation(o.RegionCode, o.IndicatorId, o.Period, value, o.Basis, o.Status, o.Vintage, o.Source);
                }

                var result = EvaluateWith(builder.ToImmutable());

                AssertSerializes(result);
                Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.Failure);
            },
            iter: 150,
            seed: "0N0XIzNsQ0O2");
    }

    private static EvaluationResult EvaluateWith(ImmutableArray<Observation> observations) =>
        Evaluator.Evaluate(new EvaluationInput(Sample.Value.Catalog, Q3, observations, [], At, DeadlinePassed: true));

    private static ImmutableArray<Observation> Replace(ImmutableArray<Observation> observations, (string Region, string Indicator, Period Period) key, double value) =>
        [.. observations.Select(o => o.RegionCode == key.Region && o.IndicatorId == key.Indicator && o.Period == key.Period
            ? new Observation(o.RegionCode, o.IndicatorId, o.Period, value, o.Basis, o.Status, o.Vintage, o.Source)
            : o)];

    /// <summary>Serializing fails on any infinity or NaN anywhere in the result (the project's JSON is strict).</summary>
    private static void AssertSerializes(EvaluationResult result)
    {
        var json = JsonSerializer.Serialize(result, RegionalJson.Options);
        Assert.DoesNotContain("Infinity", json, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", json, StringComparison.Ordinal);
    }
}
