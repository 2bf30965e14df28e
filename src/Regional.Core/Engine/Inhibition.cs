using System.Collections.Immutable;

namespace Regional.Engine;

/// <summary>
/// Regions whose data fails a quality check this period, with the failing check ids as the reason. Their growth
/// findings are kept but marked inhibited, so the alert is recorded as muted instead of sent or lost.
/// </summary>
public sealed record Inhibition(ImmutableDictionary<string, string> Reasons)
{
    public const string FailState = "fail";

    public static Inhibition From(IEnumerable<Finding> qualityFindings)
    {
        ArgumentNullException.ThrowIfNull(qualityFindings);
        var reasons = qualityFindings
            .Where(f => f.Kind == FindingKind.Quality && f.State == FailState)
            .GroupBy(f => f.RegionCode, StringComparer.Ordinal)
            .ToImmutableDictionary(
                g => g.Key,
                g => string.Join(", ", g.Select(f => f.RuleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)),
                StringComparer.Ordinal);
        return new Inhibition(reasons);
    }

    public bool Fails(string regionCode) => Reasons.ContainsKey(regionCode);

    /// <summary>The growth finding with <see cref="Finding.InhibitedBy"/> set when its region fails a quality check.</summary>
    public Finding Apply(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.Kind == FindingKind.Growth && Reasons.TryGetValue(finding.RegionCode, out var reason)
            ? finding with { InhibitedBy = reason }
            : finding;
    }
}
