namespace Regional.Sample;

/// <summary>
/// Which region hosts each planted case. The periods and sizes of the cases are fixed (see <see cref="SampleManifest"/>);
/// only the regions are chosen here, so the same plan gives the same cases whatever the seed.
/// </summary>
public sealed record SamplePlan(
    string LaggingTwoQuartersRegion,
    string LaggingOneQuarterRegion,
    string DebtOrangeRegion,
    string ArableBreachRegion,
    string HierarchyOverstatementRegion,
    string RevisionRegion,
    string TargetHuggerRegion,
    string MissingSubmissionRegion)
{
    /// <summary>The plan for the bundled Sichuan catalog.</summary>
    public static SamplePlan Sichuan { get; } = new(
        LaggingTwoQuartersRegion: "510400",
        LaggingOneQuarterRegion: "510800",
        DebtOrangeRegion: "511900",
        ArableBreachRegion: "510600",
        HierarchyOverstatementRegion: "510100",
        RevisionRegion: "511700",
        TargetHuggerRegion: "510900",
        MissingSubmissionRegion: "513200");

    public IEnumerable<string> Regions =>
    [
        LaggingTwoQuartersRegion, LaggingOneQuarterRegion, DebtOrangeRegion, ArableBreachRegion,
        HierarchyOverstatementRegion, RevisionRegion, TargetHuggerRegion, MissingSubmissionRegion,
    ];
}
