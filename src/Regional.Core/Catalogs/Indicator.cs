using Regional.Observations;

namespace Regional.Catalogs;

public enum Direction
{
    HigherIsBetter,
    LowerIsBetter,
}

/// <summary>How the values of children add up to their parent's, for the hierarchy check.</summary>
public enum Aggregation
{
    /// <summary>Not additive (growth rates, ratios): no hierarchy check.</summary>
    None,

    /// <summary>Children sum to the parent (GDP level, population, areas).</summary>
    Sum,
}

/// <summary>
/// A statistical indicator. Derived indicators (for example the debt ratio) are computed by the engine as
/// <c>numerator / denominator × scale</c> from two reported indicators of the same region and period.
/// <see cref="UnitZh"/> is the unit as Chinese text names it (亿元, 亩); without it Chinese text shows <see cref="Unit"/>.
/// The plausible range is a data-quality check; the hard range (<see cref="HardMin"/>, <see cref="HardMax"/>, unbounded
/// when the catalog gives none) is what a figure can be at all: outside it a submission is refused at validation.
/// </summary>
public sealed record Indicator(
    string Id,
    string NameEn,
    string NameZh,
    string Unit,
    Basis Basis,
    Direction Direction,
    double PlausibleMin,
    double PlausibleMax,
    Aggregation Aggregation = Aggregation.None,
    Derivation? Derivation = null,
    string? UnitZh = null,
    double HardMin = double.NegativeInfinity,
    double HardMax = double.PositiveInfinity)
{
    /// <summary>True when a figure lies within the hard range, the bounds included.</summary>
    public bool WithinHardRange(double value) => value >= HardMin && value <= HardMax;
}

public sealed record Derivation(string NumeratorId, string DenominatorId, double Scale);
