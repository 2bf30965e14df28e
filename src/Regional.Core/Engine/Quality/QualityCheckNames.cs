namespace Regional.Engine.Quality;

/// <summary>What a data-quality check is called in English and in Chinese.</summary>
public sealed record QualityCheckName(string RuleId, string En, string Zh);

/// <summary>
/// The names of the built-in data-quality checks for messages, in the wording of statistical administration, so that
/// people read "数据完整性检查" rather than a rule id. The rule ids stay what is stored and matched on.
/// </summary>
public static class QualityCheckNames
{
    public static readonly QualityCheckName Range = new(RuleIds.QualityRange, "plausible range check", "数值合理性检查");
    public static readonly QualityCheckName Completeness = new(RuleIds.QualityCompleteness, "completeness check", "数据完整性检查");
    public static readonly QualityCheckName Hierarchy = new(RuleIds.QualityHierarchy, "hierarchy balance check", "上下级数据衔接检查");
    public static readonly QualityCheckName CrossIndicator = new(RuleIds.QualityCrossIndicator, "cross-indicator plausibility check", "指标间匹配性检查");
    public static readonly QualityCheckName Revision = new(RuleIds.QualityRevision, "revision check", "数据修订幅度检查");
    public static readonly QualityCheckName PeerOutlier = new(RuleIds.QualityPeerOutlier, "peer outlier check", "地区间离群值检查");
    public static readonly QualityCheckName TargetHugging = new(RuleIds.QualityTargetHugging, "target hugging check", "紧贴目标值检查");
    public static readonly QualityCheckName Benford = new(RuleIds.QualityBenford, "Benford first-digit test", "本福特首位数字检验");
    public static readonly QualityCheckName Arithmetic = new(RuleIds.QualityArithmetic, "computability check", "数值可计算性检查");

    public static IReadOnlyList<QualityCheckName> All { get; } =
        [Range, Completeness, Hierarchy, CrossIndicator, Revision, PeerOutlier, TargetHugging, Benford, Arithmetic];

    /// <summary>The names of a built-in check; an unknown rule id names itself in both languages.</summary>
    public static QualityCheckName For(string ruleId) =>
        All.FirstOrDefault(n => n.RuleId == ruleId) ?? new QualityCheckName(ruleId, ruleId, ruleId);
}
