using System.Collections.Immutable;
using Regional.Catalogs;
using Regional.Engine;
using Regional.Observations;
using Regional.Periods;
using Regional.Sample;

namespace Regional.Core.Tests.Sample;

/// <summary>
/// Sample envelopes turned into observations the way ingestion does: in submission order, a figure seen again
/// becomes its next vintage. Helpers compute what the rules look at (gaps, sums, robust z-scores).
/// </summary>
internal sealed class SampleReplay
{
    public static readonly ImmutableArray<Period> Quarters = [.. Enumerable.Range(0, 8).Select(i => Period.Quarter(2024, 1).Shift(i))];

    private SampleReplay(Catalog catalog, SampleData data)
    {
        Catalog = catalog;
        Data = data;
        var vintages = new Dictionary<ObservationKey, int>();
        var observations = new List<Observation>();
        foreach (var envelope in data.Envelopes)
        {
            foreach (var o in envelope.Observations)
            {
                var period = Period.Parse(o.Period);
                var key = new ObservationKey(o.Region, o.Indicator, period);
                var vintage = vintages.GetValueOrDefault(key) + 1;
                vintages[key] = vintage;
                observations.Add(new Observation(
                    o.Region,
                    o.Indicator,
                    period,
                    o.Value!.Value,
                    catalog.FindIndicator(o.Indicator)!.Basis,
                    o.Status ?? ObservationStatus.Provisional,
                    vintage,
                    envelope.Source));
            }
        }

        Observations = [.. observations];
        Set = new ObservationSet(catalog, observations);
    }

    public Catalog Catalog { get; }

    public SampleData Data { get; }

    public ImmutableArray<Observation> Observations { get; }

    public ObservationSet Set { get; }

    public static Catalog Sichuan() => CatalogLoader.LoadDefault();

    public static SampleReplay Generate(int seed = SampleDataGenerator.DefaultSeed)
    {
        var catalog = Sichuan();
        return new SampleReplay(catalog, SampleDataGenerator.Generate(catalog, seed));
    }

    public double Value(string region, string indicator, string period) =>
        Set.Value(region, indicator, Period.Parse(period)) ?? throw new InvalidOperationException($"{region}/{indicator}/{period} is missing");

    public double Gap(string region, string indicator, string period)
    {
        var p = Period.Parse(period);
        return Set.Value(region, indicator, p)!.Value - Catalog.FindTarget(p.Year, region, indicator)!.Value;
    }

    /// <summary>(sum of the reporting children − parent) / parent × 100.</summary>
    public double Imbalance(string indicator, Period period)
    {
        var sum = Catalog.ComparedRegions.Sum(r => Set.Value(r.Code, indicator, period) ?? 0);
        var parent = Set.Value(Catalog.Root!.Code, indicator, period)!.Value;
        return (sum - parent) / parent * 100;
    }

    /// <summary>Robust z-score 0.6745 × (x − median) / MAD of every reporting compared region, as the peer-outlier check defines it.</summary>
    public ImmutableDictionary<string, double> RobustZ(string indicator, Period period, Func<string, double?>? valueOf = null)
    {
        valueOf ??= code => Set.Value(code, indicator, period);
        var values = Catalog.ComparedRegions
            .Select(r => (r.Code, Value: valueOf(r.Code)))
            .Where(v => v.Value is not null)
            .ToDictionary(v => v.Code, v => v.Value!.Value);
        var median = Median(values.Values);
        var mad = Median(values.Values.Select(v => Math.Abs(v - median)));
        return values.ToImmutableDictionary(kv => kv.Key, kv => 0.6745 * (kv.Value - median) / mad);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
