using Regional.Catalogs;
using Regional.Observations;
using Regional.Periods;

namespace Regional.Sample;

/// <summary>
/// Year-to-date growth figures. Each city keeps a usual level per indicator, at least 0.4 pp above its annual target
/// (so on track and clear of the hugging band), with a small quarterly wobble; the cross-check proxies (electricity,
/// tax) follow GDP growth within ±0.5 pp; the province's growth is the GDP-weighted mean of its cities'. The planted
/// growth cases replace a few GDP figures.
/// </summary>
internal static class GrowthFigures
{
    /// <summary>Width (pp) of the band over which the cities' usual levels are spread.</summary>
    private const double Spread = 2.2;

    private const double ProxySpread = 0.5;

    /// <summary>Robust z an un-planted figure may reach: clear of the peer-outlier check's default warn level of 3.5.</summary>
    private const double PeerBound = 3.0;

    public static void Fill(SampleContext context)
    {
        var cross = context.Catalog.Rules.Quality.CrossIndicator;
        var proxies = cross.Enabled ? cross.ProxyIndicatorIds.ToHashSet(StringComparer.Ordinal) : [];
        var growth = context.Reported(i => i.Basis != Basis.Level).ToList();
        var primary = growth.Where(i => !proxies.Contains(i.Id)).ToList();

        foreach (var indicator in primary)
        {
            var positions = Positions(context, indicator.Id);
            foreach (var city in context.Cities)
            {
                foreach (var period in SampleContext.Periods)
                {
                    var floor = Target(context, period, city.Code, indicator.Id) + PlantedValues.OnTrackMargin;
                    context[city.Code, indicator.Id, period] = Round1(Math.Max(floor, positions[city.Code] + context.Random.Between(-0.15, 0.15)));
                }
            }
        }

        PlantGrowthCases(context, cross.SubjectIndicatorId);
        foreach (var indicator in primary)
        {
            KeepInsidePeers(context, indicator.Id);
        }

        foreach (var city in context.Cities)
        {
            foreach (var proxy in growth.Where(i => proxies.Contains(i.Id)))
            {
                foreach (var period in SampleContext.Periods)
                {
                    context[city.Code, proxy.Id, period] = ProxyFor(context, city.Code, cross.SubjectIndicatorId, period, ProxySpread);
                }
            }
        }

        foreach (var proxy in growth.Where(i => proxies.Contains(i.Id)))
        {
            KeepInsidePeers(context, proxy.Id);
        }

        FillProvince(context, primary, growth.Where(i => proxies.Contains(i.Id)), cross.SubjectIndicatorId);
    }

    public static double Target(SampleContext context, Period period, string region, string indicatorId) =>
        context.Catalog.FindTarget(period.Year, region, indicatorId)?.Value
        ?? context.Catalog.FindTarget(period.Year, context.Province.Code, context.Catalog.Rules.Comparison.GrowthIndicatorId ?? indicatorId)?.Value
        ?? 5.0;

    /// <summary>
    /// Each city's usual level of an indicator. The levels are spread evenly over a band of <see cref="Spread"/> pp that
    /// starts just below the median target, and handed out at random among the cities each level keeps on track.
    /// An even spread keeps the median absolute deviation wide, so no un-planted city is a robust-z outlier by chance.
    /// </summary>
    private static Dictionary<string, double> Positions(SampleContext context, string indicatorId)
    {
        var count = context.Cities.Length;
        var floors = context.Cities.ToDictionary(
            c => c.Code,
            c => SampleContext.Periods.Max(p => Target(context, p, c.Code, indicatorId)) + PlantedValues.OnTrackMargin,
            StringComparer.Ordinal);
        var sortedFloors = floors.Values.Order().ToArray();
        var low = sortedFloors[count / 2] - PlantedValues.OnTrackMargin - 0.2;
        var levels = Enumerable.Range(0, count).Select(k => low + (Spread * (k + context.Random.Between(0.2, 0.8)) / count)).ToList();

        // Cities with the highest floor choose first: every later city can take anything an earlier one could.
        var positions = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var city in context.Cities.OrderByDescending(c => floors[c.Code]).ThenBy(c => c.Code, StringComparer.Ordinal))
        {
            var feasible = levels.Where(l => l >= floors[city.Code]).ToList();
            var level = feasible.Count > 0 ? feasible[(int)(context.Random.NextDouble() * feasible.Count)] : levels.Max();
            levels.Remove(level);
            positions[city.Code] = level;
        }

        return positions;
    }

    private static void PlantGrowthCases(SampleContext context, string gdpGrowth)
    {
        // Outside the planted periods the planted cities keep their generated figures, on track and clear of the hugging band.
        var plan = context.Plan;
        void SetGap(string region, Period period, double gap)
        {
            context[region, gdpGrowth, period] = Round1(Target(context, period, region, gdpGrowth) + gap);
            context.Planted.Add((region, gdpGrowth, period));
        }

        SetGap(plan.LaggingTwoQuartersRegion, PlantedValues.Q2, PlantedValues.LaggingGapQ2);
        SetGap(plan.LaggingTwoQuartersRegion, PlantedValues.Q3, PlantedValues.LaggingGapQ3);

        SetGap(plan.LaggingOneQuarterRegion, PlantedValues.Q3, PlantedValues.LaggingOnceGap);

        for (var i = 0; i < PlantedValues.HuggingGaps.Length; i++)
        {
            SetGap(plan.TargetHuggerRegion, PlantedValues.HuggingFrom.Shift(i), PlantedValues.HuggingGaps[i]);
        }

        SetGap(plan.RevisionRegion, PlantedValues.Q2, PlantedValues.RevisionFirstGap);
        var first = context[plan.RevisionRegion, gdpGrowth, PlantedValues.Q2];
        context.Revisions.Add((plan.RevisionRegion, gdpGrowth, PlantedValues.Q2, Round1(first + PlantedValues.RevisionStep)));
    }

    /// <summary>
    /// A safety net behind the even spread: an un-planted figure further than <see cref="PeerBound"/> robust z from
    /// the median of its period is pulled back to that bound (never below its on-track floor), so chance alone never
    /// makes a peer outlier. Planted figures stay as they are.
    /// </summary>
    private static void KeepInsidePeers(SampleContext context, string indicatorId)
    {
        foreach (var period in SampleContext.Periods)
        {
            for (var round = 0; round < 20; round++)
            {
                var values = context.Cities.Where(c => context.Reports(c.Code, period)).Select(c => context[c.Code, indicatorId, period]).Order().ToArray();
                var median = Median(values);
                var mad = Median(values.Select(v => Math.Abs(v - median)).Order().ToArray());
                var bound = PeerBound * mad / 0.6745;
                var moved = false;
                foreach (var city in context.Cities.Where(c => !context.Planted.Contains((c.Code, indicatorId, period))))
                {
                    var value = context[city.Code, indicatorId, period];
                    var floor = Target(context, period, city.Code, indicatorId) + PlantedValues.OnTrackMargin;
                    var pulled = value > median + bound ? Math.Floor((median + bound) * 10) / 10
                        : value < median - bound ? Math.Ceiling((median - bound) * 10) / 10
                        : value;
                    pulled = context.Catalog.Rules.Targets.IndicatorIds.Contains(indicatorId) ? Math.Max(pulled, Round1(floor)) : pulled;
                    if (pulled != value)
                    {
                        context[city.Code, indicatorId, period] = pulled;
                        moved = true;
                    }
                }

                if (!moved)
                {
                    break;
                }
            }
        }
    }

    private static double Median(double[] sorted) =>
        sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;

    private static double ProxyFor(SampleContext context, string region, string gdpGrowth, Period period, double spread)
    {
        var gdp = context[region, gdpGrowth, period];
        var revision = context.Revisions.FirstOrDefault(r => r.Region == region && r.Indicator == gdpGrowth && r.Period == period);
        if (revision.Region is not null)
        {
            // Proxies halfway between the first and the revised figure: the revision, not the proxies, is what stands out.
            return Round1(((gdp + revision.Value) / 2) + context.Random.Between(-0.1, 0.1));
        }

        return Round1(gdp + context.Random.Between(-spread, spread));
    }

    private static void FillProvince(SampleContext context, List<Indicator> primary, IEnumerable<Indicator> proxies, string gdpGrowth)
    {
        var province = context.Province.Code;
        foreach (var indicator in primary)
        {
            foreach (var period in SampleContext.Periods)
            {
                var weighted = context.Cities.Sum(c => context[c.Code, indicator.Id, period] * context.GdpShare(c.Code));
                var floor = Target(context, period, province, indicator.Id) + PlantedValues.OnTrackMargin;
                context[province, indicator.Id, period] = Round1(Math.Max(weighted, floor));
            }
        }

        foreach (var proxy in proxies)
        {
            foreach (var period in SampleContext.Periods)
            {
                context[province, proxy.Id, period] = ProxyFor(context, province, gdpGrowth, period, ProxySpread);
            }
        }
    }

    private static double Round1(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);
}
