using Regional.Catalogs;

namespace Regional.Engine.Comparison;

/// <summary>
/// Min-max normalisation to 0–10 in the indicator's direction (the best value 10, the worst 0), as the OECD
/// regional well-being scores do. When every region has the same value, every region scores 10: none is worse.
/// </summary>
internal static class MinMaxNormalisation
{
    public const double Top = 10;

    public static double Normalise(double value, double min, double max, Direction direction)
    {
        if (max == min)
        {
            return Top;
        }

        var fromWorst = direction == Direction.HigherIsBetter ? value - min : max - value;
        return fromWorst / (max - min) * Top;
    }
}
