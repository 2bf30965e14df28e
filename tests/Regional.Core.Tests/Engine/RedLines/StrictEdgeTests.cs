using System.Collections.Immutable;
using Regional.Alerts;
using Regional.Catalogs;
using Regional.Engine.RedLines;
using static Regional.Core.Tests.Engine.RedLines.RedLineFixture;

namespace Regional.Core.Tests.Engine.RedLines;

/// <summary>
/// Both edges of every red-line kind. Fiscal reference values: "a deficit below −3.0 % of GDP" (the balance as a
/// higher-is-better figure) and "debt above 60 % of GDP" are breaches, exactly −3.0 and 60.0 are not; a band written
/// with an inclusive edge takes the edge value in. Clearing lines are the edge moved by the margin, inside the band as
/// the edge is.
/// </summary>
public class StrictEdgeTests
{
    private static readonly AlertKey DebtKey = new("DE", "debt-reference", "gross_debt_ratio");
    private static readonly AlertKey BalanceKey = new("DE", "deficit-reference", "balance_ratio");

    /// <summary>Two bands, "within" from the best end of the scale and "breach" from <paramref name="from"/>.</summary>
    private static RedLineRule Bands(string id, string indicator, Direction direction, Edge edge, double from, double clearMargin = 0) => new(
        id, id, id, RedLineKind.Bands, indicator, Severity.Major,
        [
            new Band("within", "未超", Severity.None, direction == Direction.LowerIsBetter ? double.NegativeInfinity : double.PositiveInfinity),
            new Band("breach", "超过", Severity.Major, from, edge),
        ],
        ImmutableDictionary<string, double>.Empty,
        clearMargin);

    private static RedLineRule Limited(RedLineKind kind, Edge edge, double limit, double clearMargin = 0) => new(
        "limit", "limit", "限值", kind, "arable_land", Severity.Critical, [],
        ImmutableDictionary<string, double>.Empty.Add("DE", limit),
        clearMargin,
        Edge: edge);

    private static string? State(RedLineOutcome? outcome) => outcome?.Finding?.State;

    [Theory]
    [InlineData(60.0, null)]
    [InlineData(60.000001, "breach")]
    [InlineData(59.9, null)]
    public void DebtAboveSixtyIsABreachAndExactlySixtyIsNot(double ratio, string? state)
    {
        var rule = Bands("debt-reference", "gross_debt_ratio", Direction.LowerIsBetter, Edge.Exclusive, 60);

        Assert.Equal(state, State(ThresholdBandRule.Evaluate(rule, Direction.LowerIsBetter, DebtKey, ratio, null)));
    }

    [Theory]
    [InlineData(60.0, "breach")]
    [InlineData(59.999999, null)]
    public void AnInclusiveEdgeTakesTheEdgeValueIntoTheBand(double ratio, string? state)
    {
        var rule = Bands("debt-reference", "gross_debt_ratio", Direction.LowerIsBetter, Edge.Inclusive, 60);

        Assert.Equal(state, State(ThresholdBandRule.Evaluate(rule, Direction.LowerIsBetter, DebtKey, ratio, null)));
    }

    [Theory]
    [InlineData(-3.0, null)]
    [InlineData(-3.000001, "breach")]
    [InlineData(-2.9, null)]
    public void ADeficitBelowMinusThreeIsABreachAndExactlyMinusThreeIsNot(double balance, string? state)
    {
        // A higher-is-better balance worsens downward: the breach band runs from −3.0 down, the edge left out.
        var rule = Bands("deficit-reference", "balance_ratio", Direction.HigherIsBetter, Edge.Exclusive, -3.0);

        Assert.Equal(state, State(ThresholdBandRule.Evaluate(rule, Direction.HigherIsBetter, BalanceKey, balance, null)));
    }

    [Theory]
    [InlineData(Edge.Exclusive, 55.0, null)]          // the clearing line 55 is outside an exclusive band: cleared
    [InlineData(Edge.Exclusive, 55.000001, "breach")]
    [InlineData(Edge.Inclusive, 55.0, "breach")]      // inside an inclusive band: still held
    [InlineData(Edge.Inclusive, 54.999999, null)]
    public void ABandIsLeftAtTheClearingLineAsItsEdgeSays(Edge edge, double ratio, string? state)
    {
        var rule = Bands("debt-reference", "gross_debt_ratio", Direction.LowerIsBetter, edge, 60, clearMargin: 5);
        var prior = Firing("DE", rule.Id, rule.IndicatorId, "breach", Severity.Major);

        Assert.Equal(state, State(ThresholdBandRule.Evaluate(rule, Direction.LowerIsBetter, DebtKey, ratio, prior)));
    }

    [Theory]
    [InlineData(Edge.Exclusive, 1000.0, null)]
    [InlineData(Edge.Exclusive, 999.0, "breach")]
    [InlineData(Edge.Inclusive, 1000.0, "breach")]
    [InlineData(Edge.Inclusive, 1000.5, null)]
    public void AQuotaIsBreachedBelowItAndAtItOnlyWithAnInclusiveEdge(Edge edge, double area, string? state) =>
        Assert.Equal(state, State(QuotaRule.Evaluate(Limited(RedLineKind.Quota, edge, 1000), new AlertKey("DE", "limit", "arable_land"), area, null)));

    [Theory]
    [InlineData(Edge.Exclusive, 1010.0, null)]        // back exactly at quota + margin: cleared
    [InlineData(Edge.Exclusive, 1009.0, "breach")]
    [InlineData(Edge.Inclusive, 1010.0, "breach")]
    [InlineData(Edge.Inclusive, 1010.5, null)]
    public void AQuotaBreachClearsAtTheQuotaPlusTheMarginAsItsEdgeSays(Edge edge, double area, string? state)
    {
        var prior = Firing("DE", "limit", "arable_land", RedLineEvaluator.BreachState, Severity.Critical);

        Assert.Equal(state, State(QuotaRule.Evaluate(Limited(RedLineKind.Quota, edge, 1000, clearMargin: 10), new AlertKey("DE", "limit", "arable_land"), area, prior)));
    }

    [Theory]
    [InlineData(Edge.Exclusive, 50.0, null)]
    [InlineData(Edge.Exclusive, 51.0, "breach")]
    [InlineData(Edge.Inclusive, 50.0, "breach")]
    [InlineData(Edge.Inclusive, 49.0, null)]
    public void ACapIsBreachedAboveItAndAtItOnlyWithAnInclusiveEdge(Edge edge, double deaths, string? state) =>
        Assert.Equal(state, State(CapRule.Evaluate(Limited(RedLineKind.Cap, edge, 50), new AlertKey("DE", "limit", "arable_land"), deaths, null)));

    [Theory]
    [InlineData(Edge.Exclusive, 45.0, null)]          // exactly cap − margin: cleared
    [InlineData(Edge.Exclusive, 46.0, "breach")]
    [InlineData(Edge.Inclusive, 45.0, "breach")]
    [InlineData(Edge.Inclusive, 44.0, null)]
    public void ACapBreachClearsAtTheCapLessTheMarginAsItsEdgeSays(Edge edge, double deaths, string? state)
    {
        var prior = Firing("DE", "limit", "arable_land", RedLineEvaluator.BreachState, Severity.Critical);

        Assert.Equal(state, State(CapRule.Evaluate(Limited(RedLineKind.Cap, edge, 50, clearMargin: 5), new AlertKey("DE", "limit", "arable_land"), deaths, prior)));
    }
}
