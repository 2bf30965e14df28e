using Regional.Catalogs;

namespace Regional.Sample;

/// <summary>
/// The departments that submit a region's figures, each with its own envelope and its own delay after the quarter:
/// finance figures from the finance bureau, land and ecology from natural resources, deaths from emergency
/// management, everything else from the statistics bureau. The province submits after its cities.
/// </summary>
internal sealed record SubmissionSource(string Key, string Department, int DaysAfterPeriod)
{
    public static readonly SubmissionSource Statistics = new("statistics", "Bureau of Statistics", 17);
    public static readonly SubmissionSource Finance = new("finance", "Finance Bureau", 19);
    public static readonly SubmissionSource NaturalResources = new("natural-resources", "Natural Resources Bureau", 21);
    public static readonly SubmissionSource EmergencyManagement = new("emergency-management", "Emergency Management Bureau", 14);

    public static readonly IReadOnlyList<SubmissionSource> All = [EmergencyManagement, Statistics, Finance, NaturalResources];

    public const int ProvinceExtraDays = 7;

    private static readonly HashSet<string> FinanceIndicators = new(StringComparer.Ordinal)
    {
        "budget_revenue_growth", "tax_revenue_growth", "gov_debt", "fiscal_capacity", "bond_funds",
    };

    public static SubmissionSource For(Catalog catalog, string indicatorId)
    {
        if (FinanceIndicators.Contains(indicatorId))
        {
            return Finance;
        }

        var rule = catalog.Rules.RedLines.FirstOrDefault(r => r.IndicatorId == indicatorId);
        return rule?.Kind switch
        {
            RedLineKind.Quota or RedLineKind.NoDecrease => NaturalResources,
            RedLineKind.Cap => EmergencyManagement,
            _ => Statistics,
        };
    }

    public string Label(Region region) =>
        $"{region.NameEn} {Department} (SYNTHETIC sample data, not official statistics)";
}
