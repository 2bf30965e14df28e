namespace Regional.Benchmarks;

/// <summary>
/// What stays the same about one synthetic region across quarters: its size (levels scale with it, log-normally
/// spread as real regions are), its growth momentum, its land, area, debt and incident profile, and the anomalies
/// planted in it. Anomalies are chosen by region number so every run and every reader sees the same regions.
/// </summary>
internal sealed record RegionProfile(
    int Number,
    string Code,
    double Size,
    double Momentum,
    double Land,
    double Area,
    double FiscalCapacity,
    double DebtRatio,
    double IncidentRate)
{
    /// <summary>Every 10th region has its own, higher growth target instead of the nation's.</summary>
    public bool OwnTarget => Number % 10 == 0;

    /// <summary>Reports the first growth indicator just above its target quarter after quarter.</summary>
    public bool HugsTarget => Number % 97 == 0;

    /// <summary>Growth far above the proxies' growth (beyond the fail level).</summary>
    public bool FailsCrossCheck => Number % 151 == 0;

    /// <summary>Growth above the proxies' growth beyond the warn level only.</summary>
    public bool WarnsCrossCheck => Number % 53 == 0 && !FailsCrossCheck;

    /// <summary>Revises last quarter's growth by several points (beyond the fail level).</summary>
    public bool RevisesGrowth => Number % 89 == 0;

    /// <summary>Revises a level of the evaluated quarter by two percent (beyond the warn level only).</summary>
    public bool RevisesLevel => Number % 61 == 0;

    /// <summary>A growth figure far out among its peers.</summary>
    public bool IsOutlier => Number % 499 == 0;

    /// <summary>A growth figure outside the plausible range.</summary>
    public bool IsOutOfRange => Number % 1009 == 0;

    /// <summary>Has not reported one required indicator for the evaluated quarter.</summary>
    public bool MissesOne => Number % 211 == 0 && !MissesThree;

    /// <summary>Has not reported three required indicators for the evaluated quarter.</summary>
    public bool MissesThree => Number % 1201 == 0;

    /// <summary>Protected land shrinking every quarter, below its quota by the evaluated quarter.</summary>
    public bool LosesLand => Number % 37 == 0;

    /// <summary>Protected area shrinking every quarter, below last year's.</summary>
    public bool LosesArea => Number % 43 == 0;

    /// <summary>
    /// Writes its plain levels as round figures near half an order of magnitude (first digit 4 or 5) instead of
    /// measuring them; an eighth of the regions doing so is what pulls the period's first digits off Benford's law.
    /// </summary>
    public bool WritesLevels => Number % 8 == 0;

    public static RegionProfile Draw(int number, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var size = Math.Exp(Normal(random, 0, 1.0));
        return new RegionProfile(
            number,
            NationalScaleCatalog.RegionCode(number),
            size,
            Normal(random, 0.2, 0.9),
            size * 1e6 * Math.Exp(Normal(random, 0, 0.5)),
            size * 400 * Math.Exp(Normal(random, 0, 0.5)),
            size * 300 * Math.Exp(Normal(random, 0, 0.2)),
            80 * Math.Exp(Normal(random, 0, 0.45)),
            5 * size);
    }

    /// <summary>A normal draw (Box–Muller), enough for synthetic figures.</summary>
    public static double Normal(Random random, double mean, double sd)
    {
        ArgumentNullException.ThrowIfNull(random);
        var u = 1 - random.NextDouble();
        var v = random.NextDouble();
        return mean + (sd * Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * v));
    }
}
