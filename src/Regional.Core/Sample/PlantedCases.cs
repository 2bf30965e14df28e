using System.Collections.Immutable;
using System.Globalization;
using Regional.Engine;
using Regional.Periods;

namespace Regional.Sample;

/// <summary>The manifest entries of the planted cases, described with the figures actually generated.</summary>
internal static class PlantedCases
{
    public static ImmutableArray<PlantedCase> Describe(SampleContext context, string gdpGrowth)
    {
        var plan = context.Plan;
        var catalog = context.Catalog;
        string Name(string code) => catalog.FindRegion(code)!.NameEn;
        string Value(string region, string indicator, Period period) =>
            context[region, indicator, period].ToString("0.##", CultureInfo.InvariantCulture);
        var arable = catalog.Rules.RedLines.First(r => r.Id == "arable-land");
        var debt = catalog.Rules.RedLines.First(r => r.Id == "debt-warning-line");
        var hugging = Enumerable.Range(0, PlantedValues.HuggingGaps.Length).Select(i => PlantedValues.HuggingFrom.Shift(i).ToString());
        var yellowQuarters = SampleContext.Periods.Where(p => p != PlantedValues.Q3).Select(p => p.ToString());
        var revised = context.Revisions.Single();

        return
        [
            new(
                "lagging-two-quarters",
                plan.LaggingTwoQuartersRegion,
                RuleIds.GrowthTarget,
                gdpGrowth,
                ["2025-Q2", "2025-Q3"],
                Invariant($"{Name(plan.LaggingTwoQuartersRegion)}: GDP growth {-PlantedValues.LaggingGapQ2} pp below its 2025 target in 2025-Q2 and {-PlantedValues.LaggingGapQ3} pp below in 2025-Q3 (lagging two quarters running, escalates); on track in 2025-Q1 and 2025-Q4.")),
            new(
                "lagging-one-quarter",
                plan.LaggingOneQuarterRegion,
                RuleIds.GrowthTarget,
                gdpGrowth,
                ["2025-Q3"],
                Invariant($"{Name(plan.LaggingOneQuarterRegion)}: GDP growth {-PlantedValues.LaggingOnceGap} pp below its 2025 target in 2025-Q3 only; on track in 2025-Q2 and 2025-Q4.")),
            new(
                "debt-orange",
                plan.DebtOrangeRegion,
                debt.Id,
                debt.IndicatorId,
                ["2025-Q3"],
                Invariant($"{Name(plan.DebtOrangeRegion)}: debt ratio {PlantedValues.DebtRatios[6]}% in 2025-Q3, in the orange band (200-300%).")),
            new(
                "debt-yellow",
                plan.DebtOrangeRegion,
                debt.Id,
                debt.IndicatorId,
                [.. yellowQuarters],
                Invariant($"{Name(plan.DebtOrangeRegion)}: debt ratio in the yellow band (120-200%, {PlantedValues.DebtRatios.Min()}-{PlantedValues.DebtRatios.Where(r => r < 200).Max()}%) in every other quarter; every other region is green.")),
            new(
                "arable-land-breach",
                plan.ArableBreachRegion,
                arable.Id,
                arable.IndicatorId,
                ["2025-Q3"],
                Invariant($"{Name(plan.ArableBreachRegion)}: arable land {Value(plan.ArableBreachRegion, arable.IndicatorId, PlantedValues.Q3)} mu in 2025-Q3, {PlantedValues.ArableShortfall} mu below its quota of {arable.Limits[plan.ArableBreachRegion]} mu; above the quota in every other quarter.")),
            new(
                "hierarchy-imbalance",
                context.Province.Code,
                RuleIds.QualityHierarchy,
                "gdp",
                [PlantedValues.HierarchyPeriod.ToString()],
                Invariant($"{Name(plan.HierarchyOverstatementRegion)} reports a {PlantedValues.HierarchyPeriod} GDP {(PlantedValues.GdpOverstatement - 1) * 100:0}% above its consistent figure, so the cities' sum exceeds the province's GDP by more than 3% (fail); the finding lands on the province."),
                plan.HierarchyOverstatementRegion),
            new(
                "suspicious-revision",
                plan.RevisionRegion,
                RuleIds.QualityRevision,
                gdpGrowth,
                ["2025-Q2", "2025-Q3"],
                Invariant($"{Name(plan.RevisionRegion)}: 2025-Q2 GDP growth first reported as {Value(plan.RevisionRegion, gdpGrowth, PlantedValues.Q2)}%, revised to {revised.Value}% by a later envelope ({PlantedValues.RevisionStep} pp); reported by the evaluations of 2025-Q2 and of the quarter after it.")),
            new(
                "target-hugging",
                plan.TargetHuggerRegion,
                RuleIds.QualityTargetHugging,
                gdpGrowth,
                [.. hugging],
                Invariant($"{Name(plan.TargetHuggerRegion)}: GDP growth between its target and 0.1 pp above it for five quarters running, 2024-Q3 to 2025-Q3 (warn from the third, fail at the fifth).")),
            new(
                "missing-submission",
                plan.MissingSubmissionRegion,
                RuleIds.QualityCompleteness,
                "*",
                ["2025-Q3"],
                Invariant($"{Name(plan.MissingSubmissionRegion)} submits nothing for 2025-Q3: every required indicator is missing.")),
        ];
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
