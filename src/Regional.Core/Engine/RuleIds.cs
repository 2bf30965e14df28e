namespace Regional.Engine;

/// <summary>Identifiers of the engine's built-in rules; red lines carry the ids given in the catalog.</summary>
public static class RuleIds
{
    public const string GrowthTarget = "growth-target";
    public const string QualityRange = "quality-range";
    public const string QualityCompleteness = "quality-completeness";
    public const string QualityHierarchy = "quality-hierarchy";
    public const string QualityCrossIndicator = "quality-cross-indicator";
    public const string QualityRevision = "quality-revision";
    public const string QualityPeerOutlier = "quality-peer-outlier";
    public const string QualityTargetHugging = "quality-target-hugging";
    public const string QualityBenford = "quality-benford";

    /// <summary>A figure the engine cannot compute with (<see cref="Finite"/>); always checked, not a catalog rule.</summary>
    public const string QualityArithmetic = "quality-arithmetic";
}
