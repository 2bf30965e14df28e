using System.Collections.Immutable;
using Regional.Catalogs;

namespace Regional.Engine.Targets;

/// <summary>
/// Classifies a growth gap into the catalog's target bands (<see cref="TargetRules.BandSet"/>), with hysteresis and
/// the target's qualifier, and grades the resulting finding. Bands are numbered from 0 (the best, on track).
/// </summary>
public static class TargetBands
{
    public const string OnTrack = "on-track";
    public const string Behind = "behind";
    public const string Lagging = "lagging";
    public const string SeriouslyLagging = "seriously-lagging";

    /// <summary>
    /// The band for <paramref name="gap"/> given the band the region held just before. A lagging band is held until the
    /// gap is past its edge by the clear margin (the clearing line, inside the band as the edge is), so a figure
    /// wobbling around a line does not flap. A qualifier moves every edge by its shift and may set the on-track edge.
    /// </summary>
    public static int Classify(double gap, TargetRules rules, int before, TargetQualifier? qualifier = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var bands = rules.BandSet;
        var raw = 0;
        for (var i = 1; i < bands.Length; i++)
        {
            if (Reaches(gap, bands[i], qualifier, i == 1))
            {
                raw = i;
            }
        }

        for (var held = Math.Min(before, bands.Length - 1); held > raw; held--)
        {
            if (bands[held].Lagging && Reaches(gap - rules.ClearMargin, bands[held], qualifier, held == 1))
            {
                return held;
            }
        }

        return raw;
    }

    public static bool IsLagging(TargetRules rules, int band)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var bands = rules.BandSet;
        return band > 0 && band < bands.Length && bands[band].Lagging;
    }

    public static bool IsLagging(TargetRules rules, string bandName) => IsLagging(rules, IndexOf(rules, bandName));

    /// <summary>The band's severity; lagging for the escalation count raises it to the band's escalated severity.</summary>
    public static Severity SeverityOf(TargetRules rules, int band, int laggingStreak)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var definition = rules.BandSet[band];
        return definition.Lagging && laggingStreak >= rules.EscalateAfterPeriods ? definition.EscalatedSeverity : definition.Severity;
    }

    public static string StateName(TargetRules rules, int band)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return rules.BandSet[band].Name;
    }

    /// <summary>The band an alert state names, or 0 (on track) for any other state.</summary>
    public static int IndexOf(TargetRules rules, string state)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var bands = rules.BandSet;
        for (var i = 0; i < bands.Length; i++)
        {
            if (bands[i].Name == state)
            {
                return i;
            }
        }

        return 0;
    }

    public static GrowthBand? Find(TargetRules rules, string state)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return rules.BandSet.FirstOrDefault(b => b.Name == state);
    }

    /// <summary>Whether the gap is in <paramref name="band"/> or worse: at or below its edge (below it when exclusive).</summary>
    private static bool Reaches(double gap, GrowthBand band, TargetQualifier? qualifier, bool firstBelowOnTrack)
    {
        if (band.From is not { } from)
        {
            return true;
        }

        var edge = from + (qualifier?.Shift ?? 0);

        // The qualifier's on-track edge is the edge of the first band below on track, seen from that band: "above 5"
        // (exactly 5 is not on track) makes that band's edge inclusive, "at least 5" exclusive.
        var inclusive = firstBelowOnTrack && qualifier?.OnTrackEdge is { } onTrack
            ? onTrack == Edge.Exclusive
            : band.Edge == Edge.Inclusive;
        return Edges.Reached(-gap, -edge, inclusive ? Edge.Inclusive : Edge.Exclusive);
    }
}
