using System.Collections.Immutable;
using Regional.Catalogs;
using Regional.Observations;
using Regional.Periods;
using Regional.Submissions.Envelope;

namespace Regional.Benchmarks.Storage;

/// <summary>
/// The figures a province's statistics bureau would send for <c>count</c> observations: every compared region, every
/// indicator that is reported (not derived), monthly, one envelope per calendar year (21 regions × 17 indicators × 12
/// months = 4,284 figures for the bundled catalog), from January 2001 on. Values are seeded, so every run sends the same bytes.
/// </summary>
public static class BenchmarkSubmissions
{
    public const int FirstYear = 2001;

    public static IReadOnlyList<SubmissionEnvelope> Create(Catalog catalog, int count, int seed = 11)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return [.. Figures(catalog, new Random(seed))
            .Take(count)
            .GroupBy(f => f.Year)
            .Select(year => new SubmissionEnvelope(
                SubmissionEnvelope.SchemaV1,
                $"bench-{year.Key}",
                "Provincial Bureau of Statistics",
                new DateTimeOffset(year.Key + 1, 1, 20, 8, 0, 0, TimeSpan.FromHours(8)),
                [.. year.Select(f => f.Figure)]))];
    }

    private static IEnumerable<(int Year, EnvelopeObservation Figure)> Figures(Catalog catalog, Random random)
    {
        var indicators = catalog.Indicators.Where(i => i.Derivation is null).ToImmutableArray();
        for (var year = FirstYear; ; year++)
        {
            for (var month = 1; month <= 12; month++)
            {
                var period = Period.Month(year, month).ToString();
                foreach (var region in catalog.ComparedRegions)
                {
                    foreach (var indicator in indicators)
                    {
                        yield return (year, new EnvelopeObservation(region.Code, indicator.Id, period, Value(indicator, random), ObservationStatus.Final));
                    }
                }
            }
        }
    }

    private static double Value(Indicator indicator, Random random) => indicator.Basis == Basis.Level
        ? Math.Round(100 + (random.NextDouble() * 90_000), 2)
        : Math.Round(-2 + (random.NextDouble() * 14), 1);
}
