using Regional.Catalogs;

namespace Regional.Sample;

/// <summary>
/// Generates SYNTHETIC quarterly submissions (2024-Q1 to 2025-Q4) for the catalog's root and compared regions, with
/// a fixed set of planted cases listed in the manifest. The same catalog, plan and seed always give the same data;
/// every envelope's source says the data is synthetic.
/// </summary>
public static class SampleDataGenerator
{
    public const int DefaultSeed = 2025;

    public static SampleData Generate(Catalog catalog, int seed = DefaultSeed, SamplePlan? plan = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        plan ??= SamplePlan.Sichuan;
        Validate(catalog, plan);

        var context = new SampleContext(catalog, plan, seed);
        var gdpGrowth = catalog.Rules.Quality.CrossIndicator.SubjectIndicatorId;
        GrowthFigures.Fill(context);
        LevelFigures.Fill(context, gdpGrowth);

        var manifest = new SampleManifest(
            catalog.Info.Id,
            catalog.Info.Version,
            seed,
            [.. SampleContext.Periods.Select(p => p.ToString())],
            PlantedCases.Describe(context, gdpGrowth),
            [
                "All figures are synthetic, generated from the seed; they are not official statistics.",
                "Growth figures are year to date and compared with the annual target; un-planted figures stay at least 0.4 pp above their targets.",
                $"2025-Q3: region {plan.MissingSubmissionRegion} submits nothing, while the province's totals include it; sums of the reporting cities are short by its share.",
                "Province levels equal the sum of the cities' within 0.2% (counts and areas exactly), except for the planted GDP overstatement.",
            ]);
        return new SampleData(EnvelopeAssembler.Assemble(context), manifest);
    }

    private static void Validate(Catalog catalog, SamplePlan plan)
    {
        var compared = catalog.ComparedRegions.Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        var missing = plan.Regions.Where(code => !compared.Contains(code)).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"The sample plan names regions that are not compared regions of catalog '{catalog.Info.Id}': {string.Join(", ", missing)}.", nameof(plan));
        }

        if (plan.Regions.Distinct(StringComparer.Ordinal).Count() != plan.Regions.Count())
        {
            throw new ArgumentException("Each planted case needs its own region.", nameof(plan));
        }

        string[] needed = ["gdp", catalog.Rules.Quality.CrossIndicator.SubjectIndicatorId];
        if (needed.Any(id => catalog.FindIndicator(id) is null) || !catalog.Rules.RedLines.Any(r => r.Id == "arable-land") || !catalog.Rules.RedLines.Any(r => r.Id == "debt-warning-line"))
        {
            throw new ArgumentException($"Catalog '{catalog.Info.Id}' lacks what the sample needs: the gdp indicator, the cross-check subject, and the arable-land and debt-warning-line red lines.", nameof(catalog));
        }
    }
}
