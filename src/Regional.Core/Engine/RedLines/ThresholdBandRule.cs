using System.Globalization;
using Regional.Alerts;
using Regional.Catalogs;

namespace Regional.Engine.RedLines;

/// <summary>
/// Threshold bands (the debt warning line: green, yellow, orange, red). Bands are listed in the direction of
/// worsening and the indicator's direction says which way that is. A band is left for a better one only once the
/// value is past the band's edge by <see cref="RedLineRule.ClearMargin"/>. Each edge is inclusive or exclusive
/// (<see cref="Band.Edge"/>): "from 120" takes 120.0 into the band, "above 60" leaves 60.0 out of it.
/// </summary>
public static class ThresholdBandRule
{
    public static RedLineOutcome Evaluate(RedLineRule rule, Direction direction, AlertKey key, double value, AlertState? prior)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var bands = rule.Bands;

        // Measured as "how bad": higher is worse on either kind of indicator.
        double Worse(double x) => direction == Direction.LowerIsBetter ? x : -x;

        var index = -1;
        for (var i = 0; i < bands.Length; i++)
        {
            if (Edges.Reached(Worse(value), Worse(bands[i].From), bands[i].Edge))
            {
                index = i;
            }
        }

        var held = prior is null ? -1 : IndexOf(rule, prior.State);
        // The clearing line is the band's edge moved by the margin towards the better side, inside the band as the edge is.
        if (held > index && Edges.Reached(Worse(value), Worse(bands[held].From) - rule.ClearMargin, bands[held].Edge))
        {
            index = held;
        }

        var band = index >= 0 ? bands[index] : null;
        var edge = band is { Severity: > Severity.None } ? band : bands.FirstOrDefault(b => b.Severity > Severity.None);
        var threshold = edge?.From;
        var gap = threshold is { } t ? value - t : (double?)null;
        if (band is null || band.Severity == Severity.None)
        {
            return new RedLineOutcome(key, value, threshold, gap, null);
        }

        var detail = string.Create(CultureInfo.InvariantCulture, $"{rule.IndicatorId} {value:0.0#} in band {band.Name} from {band.From:0.##}");
        var finding = new Finding(key.RegionCode, rule.Id, rule.IndicatorId, FindingKind.RedLine, band.Severity, band.Name, value, band.From, value - band.From, detail);
        return new RedLineOutcome(key, value, band.From, value - band.From, finding);
    }

    private static int IndexOf(RedLineRule rule, string bandName)
    {
        for (var i = 0; i < rule.Bands.Length; i++)
        {
            if (rule.Bands[i].Name == bandName)
            {
                return i;
            }
        }

        return -1;
    }
}
