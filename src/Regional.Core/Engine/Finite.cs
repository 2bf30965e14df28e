namespace Regional.Engine;

/// <summary>
/// The engine's arithmetic guard. Every figure the engine computes with is zero or has a magnitude between
/// <see cref="MinMagnitude"/> and <see cref="MaxMagnitude"/>: within that span a sum of a million figures, a product
/// or quotient of two, and a square stay far inside the range of a double, so growth, ratios, shares, sums, z-scores,
/// composite scores, gaps and catch-up growth are finite numbers. A figure outside it is left out of the arithmetic
/// and reported as a data-quality failure (<see cref="Quality.ArithmeticScreen"/>) instead of overflowing to infinity
/// or dividing by a subnormal. The span is far beyond any real statistic: the catalog's hard ranges already refuse
/// such figures at the door; this guard keeps the engine finite whatever its caller gives it.
/// </summary>
public static class Finite
{
    public const double MaxMagnitude = 1e100;

    public const double MinMagnitude = 1e-100;

    /// <summary>True for zero and for every finite value whose magnitude lies within the engine's span.</summary>
    public static bool IsUsable(double value)
    {
        if (value == 0)
        {
            return true;
        }

        var magnitude = Math.Abs(value);
        return magnitude is >= MinMagnitude and <= MaxMagnitude;
    }

    /// <summary>The value when it is finite, else null: a derived quantity that cannot be computed is missing, never infinite.</summary>
    public static double? OrNull(double value) => double.IsFinite(value) ? value : null;

    /// <summary>The value when it is within the engine's span (<see cref="IsUsable"/>), else null.</summary>
    public static double? UsableOrNull(double value) => IsUsable(value) ? value : null;
}
