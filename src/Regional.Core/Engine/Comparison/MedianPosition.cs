using Regional.Catalogs;

namespace Regional.Engine.Comparison;

/// <summary>
/// Better, worse or similar to the median of the compared regions: better or worse only when the distance from the
/// median exceeds the threshold in population standard deviations (the ONS subnational indicators convention).
/// </summary>
internal static class MedianPosition
{
    public static MedianComparison Classify(double value, double median, double standardDeviation, double sdThreshold, Direction direction)
    {
        var distance = value - median;
        var band = sdThreshold * standardDeviation;
        if (Math.Abs(distance) <= band || distance == 0)
        {
            return MedianComparison.Similar;
        }

        var above = distance > 0;
        return above == (direction == Direction.HigherIsBetter) ? MedianComparison.Better : MedianComparison.Worse;
    }
}
