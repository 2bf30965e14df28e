using System.Collections.Immutable;
using Regional.Catalogs;
using Regional.Periods;

namespace Regional.Sample;

/// <summary>The state of one generation run: the catalog, the plan, the random sequence and the figures made so far.</summary>
internal sealed class SampleContext
{
    public SampleContext(Catalog catalog, SamplePlan plan, int seed)
    {
        Catalog = catalog;
        Plan = plan;
        Seed = seed;
        Random = new SeededRandom(seed);
        Province = catalog.Root ?? throw new ArgumentException("The sample data needs a catalog with one root region.", nameof(catalog));
        Cities = catalog.ComparedRegions;
        Sizes = Cities.ToImmutableDictionary(
            c => c.Code,
            c => SichuanProfile.Sizes.TryGetValue(c.Code, out var size) ? size : (Random.Between(500, 3_000), Random.Between(80, 500)));
    }

    public static ImmutableArray<Period> Periods { get; } =
        [.. Enumerable.Range(0, 8).Select(i => Period.Quarter(2024, 1).Shift(i))];

    public Catalog Catalog { get; }

    public SamplePlan Plan { get; }

    public int Seed { get; }

    public SeededRandom Random { get; }

    public Region Province { get; }

    public ImmutableArray<Region> Cities { get; }

    /// <summary>GDP of 2024 (100 million yuan) and population (10,000 persons) per city.</summary>
    public ImmutableDictionary<string, (double Gdp, double Population)> Sizes { get; }

    /// <summary>The current figure of every (region, indicator, period); the first vintage where a figure is revised.</summary>
    public Dictionary<(string Region, string Indicator, Period Period), double> Values { get; } = [];

    /// <summary>Figures set by a planted case, left alone by the background adjustments.</summary>
    public HashSet<(string Region, string Indicator, Period Period)> Planted { get; } = [];

    /// <summary>Figures submitted again later with a new value.</summary>
    public List<(string Region, string Indicator, Period Period, double Value)> Revisions { get; } = [];

    public double this[string region, string indicator, Period period]
    {
        get => Values[(region, indicator, period)];
        set => Values[(region, indicator, period)] = value;
    }

    /// <summary>Whether a region submits anything for the period (the planted missing submission does not).</summary>
    public bool Reports(string region, Period period) => !(region == Plan.MissingSubmissionRegion && period == PlantedValues.Q3);

    /// <summary>A city's share of the cities' GDP, summed in catalog order so the result never depends on hashing.</summary>
    public double GdpShare(string city) => Sizes[city].Gdp / Cities.Sum(c => Sizes[c.Code].Gdp);

    public IEnumerable<Indicator> Reported(Func<Indicator, bool> predicate) =>
        Catalog.Indicators.Where(i => i.Derivation is null && predicate(i));
}
