using Regional.Periods;

namespace Regional.Sample;

/// <summary>
/// The fixed sizes of the planted cases. They do not depend on the seed, so a case is exactly the same in every
/// data set; the seed only moves the background figures around them.
/// </summary>
internal static class PlantedValues
{
    public static readonly Period Q1 = Period.Quarter(2025, 1);
    public static readonly Period Q2 = Period.Quarter(2025, 2);
    public static readonly Period Q3 = Period.Quarter(2025, 3);
    public static readonly Period Q4 = Period.Quarter(2025, 4);

    /// <summary>Smallest gap to target of an un-planted growth figure: clear of zero and of the hugging band.</summary>
    public const double OnTrackMargin = 0.4;

    /// <summary>Gap of the city lagging two quarters running, in 2025-Q2 and 2025-Q3.</summary>
    public const double LaggingGapQ2 = -0.8;

    public const double LaggingGapQ3 = -0.7;

    /// <summary>Gap of the city lagging only in 2025-Q3.</summary>
    public const double LaggingOnceGap = -0.6;

    /// <summary>Gaps to target of the target hugger in the five quarters 2024-Q3 to 2025-Q3.</summary>
    public static readonly double[] HuggingGaps = [0.1, 0.0, 0.1, 0.1, 0.1];

    public static readonly Period HuggingFrom = Period.Quarter(2024, 3);

    /// <summary>Gap of the revised city's first 2025-Q2 figure, and how far the revision moves it.</summary>
    public const double RevisionFirstGap = 0.4;

    public const double RevisionStep = 3.3;

    /// <summary>Debt ratio path (%) of the orange-band city, 2024-Q1 to 2025-Q4: yellow, orange in 2025-Q3, yellow again.</summary>
    public static readonly double[] DebtRatios = [176, 178, 181, 183, 185, 188, 214, 190];

    /// <summary>How far below its quota (mu) the arable-land breach falls in 2025-Q3.</summary>
    public const double ArableShortfall = 12_000;

    /// <summary>Factor by which the overstating city's GDP exceeds its consistent figure in <see cref="HierarchyPeriod"/>.</summary>
    public const double GdpOverstatement = 1.13;

    /// <summary>
    /// The quarter of the GDP overstatement: one in which every city reports, since the hierarchy check compares the
    /// parent with the sum of all its children and is not made while one of them is missing.
    /// </summary>
    public static readonly Period HierarchyPeriod = Q2;
}
