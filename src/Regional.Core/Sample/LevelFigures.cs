using System.Collections.Immutable;
using Regional.Catalogs;
using Regional.Observations;
using Regional.Periods;

namespace Regional.Sample;

/// <summary>
/// Level figures. GDP, population and fiscal figures follow each city's size; quota indicators (land, ecological
/// area) sit a few percent above the city's quota and do not change; capped counts (work-safety deaths) stay well
/// under the cap; debt ratios stay green. The province's levels are the sum of its cities' within ±0.2%
/// (counts and areas exactly). The planted level cases change a few city figures after the province totals are made.
/// </summary>
internal static class LevelFigures
{
    private static readonly double[] GdpShareOfYear = [0.225, 0.47, 0.725, 1.0];
    private static readonly double[] DeathsShareOfYear = [0.22, 0.47, 0.73, 1.0];
    private static readonly double[] BondShareOfYear = [0.3, 0.6, 0.85, 1.0];

    public static void Fill(SampleContext context, string gdpGrowthId)
    {
        var handled = new HashSet<string>(StringComparer.Ordinal);
        var annualGdp = Gdp(context, gdpGrowthId, handled);
        Population(context, handled);
        Fiscal(context, annualGdp, handled);
        Bonds(context, annualGdp, handled);
        foreach (var rules in context.Catalog.Rules.RedLines.Where(r => r.Kind is RedLineKind.Quota or RedLineKind.NoDecrease).GroupBy(r => r.IndicatorId))
        {
            Quota(context, rules.Key, rules.ToList(), handled);
        }

        foreach (var rule in context.Catalog.Rules.RedLines.Where(r => r.Kind == RedLineKind.Cap))
        {
            Capped(context, rule, handled);
        }

        foreach (var indicator in context.Reported(i => i.Basis == Basis.Level && !handled.Contains(i.Id)))
        {
            Generic(context, indicator);
        }

        PlantLevelCases(context);
    }

    private static Dictionary<(string City, int Year), double> Gdp(SampleContext context, string gdpGrowthId, HashSet<string> handled)
    {
        var annual = new Dictionary<(string, int), double>();
        handled.Add("gdp");
        foreach (var city in context.Cities)
        {
            var y2024 = context.Sizes[city.Code].Gdp * context.Random.Between(0.97, 1.03);
            var realGrowth = context.Values.GetValueOrDefault((city.Code, gdpGrowthId, PlantedValues.Q4), 6.0);
            annual[(city.Code, 2024)] = y2024;
            annual[(city.Code, 2025)] = y2024 * (1 + (realGrowth / 100) + context.Random.Between(0.005, 0.015));
        }

        foreach (var period in SampleContext.Periods)
        {
            foreach (var city in context.Cities)
            {
                context[city.Code, "gdp", period] = Round(annual[(city.Code, period.Year)] * GdpShareOfYear[period.Index - 1], 2);
            }

            SumToProvince(context, "gdp", period, 0.002, 2);
        }

        return annual;
    }

    private static void Population(SampleContext context, HashSet<string> handled)
    {
        if (context.Catalog.FindIndicator("population") is null)
        {
            return;
        }

        handled.Add("population");
        foreach (var city in context.Cities)
        {
            var y2024 = context.Sizes[city.Code].Population * context.Random.Between(0.99, 1.01);
            var y2025 = y2024 * (1 + context.Random.Between(-0.002, 0.004));
            foreach (var period in SampleContext.Periods)
            {
                context[city.Code, "population", period] = Round(period.Year == 2024 ? y2024 : y2025, 2);
            }
        }

        foreach (var period in SampleContext.Periods)
        {
            SumToProvince(context, "population", period, 0.001, 2);
        }
    }

    private static void Fiscal(SampleContext context, Dictionary<(string City, int Year), double> annualGdp, HashSet<string> handled)
    {
        var debtRatio = context.Catalog.Indicators.FirstOrDefault(i => i.Derivation is not null);
        if (debtRatio?.Derivation is null)
        {
            return;
        }

        var (debtId, capacityId) = (debtRatio.Derivation.NumeratorId, debtRatio.Derivation.DenominatorId);
        handled.Add(debtId);
        handled.Add(capacityId);
        foreach (var city in context.Cities)
        {
            var share = context.Random.Between(0.2, 0.3);
            var ratio = context.Random.Between(55, 100);
            for (var i = 0; i < SampleContext.Periods.Length; i++)
            {
                var period = SampleContext.Periods[i];
                var capacity = Round(annualGdp[(city.Code, 2024)] * share * (period.Year == 2024 ? 1.0 : 1.03), 2);
                ratio += context.Random.Between(0.5, 1.5);
                var planted = city.Code == context.Plan.DebtOrangeRegion ? PlantedValues.DebtRatios[i] : ratio;
                context[city.Code, capacityId, period] = capacity;
                context[city.Code, debtId, period] = Round(planted * capacity / debtRatio.Derivation.Scale, 2);
            }
        }

        foreach (var period in SampleContext.Periods)
        {
            SumToProvince(context, capacityId, period, 0.002, 2);
            SumToProvince(context, debtId, period, 0.002, 2);
        }
    }

    private static void Bonds(SampleContext context, Dictionary<(string City, int Year), double> annualGdp, HashSet<string> handled)
    {
        if (context.Catalog.FindIndicator("bond_funds") is null)
        {
            return;
        }

        handled.Add("bond_funds");
        foreach (var city in context.Cities)
        {
            var share = context.Random.Between(0.008, 0.015);
            foreach (var period in SampleContext.Periods)
            {
                context[city.Code, "bond_funds", period] = Round(annualGdp[(city.Code, period.Year)] * share * BondShareOfYear[period.Index - 1], 2);
            }
        }

        foreach (var period in SampleContext.Periods)
        {
            SumToProvince(context, "bond_funds", period, 0.002, 2);
        }
    }

    private static void Quota(SampleContext context, string indicatorId, List<RedLineRule> rules, HashSet<string> handled)
    {
        if (!handled.Add(indicatorId))
        {
            return;
        }

        var limits = rules.FirstOrDefault(r => r.Kind == RedLineKind.Quota)?.Limits ?? ImmutableDictionary<string, double>.Empty;
        var clearMargin = rules.Max(r => r.ClearMargin);

        const int decimals = 0;
        foreach (var city in context.Cities)
        {
            // Land and ecological areas change by survey, not by quarter: one value for all periods never decreases.
            var quota = limits.GetValueOrDefault(city.Code, context.Sizes[city.Code].Gdp * 1_000);
            var headroom = Math.Max(quota * context.Random.Between(0.02, 0.05), 2 * clearMargin);
            var value = Round(quota + headroom, decimals);
            foreach (var period in SampleContext.Periods)
            {
                context[city.Code, indicatorId, period] = value;
            }
        }

        foreach (var period in SampleContext.Periods)
        {
            SumToProvince(context, indicatorId, period, 0, decimals);
        }
    }

    private static void Capped(SampleContext context, RedLineRule rule, HashSet<string> handled)
    {
        if (!handled.Add(rule.IndicatorId))
        {
            return;
        }

        foreach (var city in context.Cities)
        {
            var cap = rule.Limits.GetValueOrDefault(city.Code, context.Sizes[city.Code].Population / 10);
            var annual = cap * context.Random.Between(0.5, 0.75);
            foreach (var period in SampleContext.Periods)
            {
                context[city.Code, rule.IndicatorId, period] = Math.Floor(annual * DeathsShareOfYear[period.Index - 1]);
            }
        }

        foreach (var period in SampleContext.Periods)
        {
            SumToProvince(context, rule.IndicatorId, period, 0, 0);
        }
    }

    private static void Generic(SampleContext context, Indicator indicator)
    {
        var span = indicator.PlausibleMax - indicator.PlausibleMin;
        foreach (var city in context.Cities)
        {
            var value = indicator.PlausibleMin + (span * (indicator.Aggregation == Aggregation.Sum ? 0.002 : context.Random.Between(0.3, 0.5)));
            foreach (var period in SampleContext.Periods)
            {
                context[city.Code, indicator.Id, period] = Round(value, 2);
            }
        }

        foreach (var period in SampleContext.Periods)
        {
            if (indicator.Aggregation == Aggregation.Sum)
            {
                SumToProvince(context, indicator.Id, period, 0, 2);
            }
            else
            {
                context[context.Province.Code, indicator.Id, period] = context[context.Cities[0].Code, indicator.Id, period];
            }
        }
    }

    private static void PlantLevelCases(SampleContext context)
    {
        var plan = context.Plan;
        var arable = context.Catalog.Rules.RedLines.First(r => r.Id == "arable-land");
        context[plan.ArableBreachRegion, arable.IndicatorId, PlantedValues.Q3] = arable.Limits[plan.ArableBreachRegion] - PlantedValues.ArableShortfall;

        // In 2025-Q2, when every city reports: with a city missing (2025-Q3) the hierarchy cannot be checked at all.
        var gdp = context[plan.HierarchyOverstatementRegion, "gdp", PlantedValues.HierarchyPeriod];
        context[plan.HierarchyOverstatementRegion, "gdp", PlantedValues.HierarchyPeriod] = Round(gdp * PlantedValues.GdpOverstatement, 2);
    }

    private static void SumToProvince(SampleContext context, string indicatorId, Period period, double discrepancy, int decimals)
    {
        var sum = context.Cities.Sum(c => context[c.Code, indicatorId, period]);
        var noise = discrepancy == 0 ? 0 : context.Random.Between(-discrepancy, discrepancy);
        context[context.Province.Code, indicatorId, period] = Round(sum * (1 + noise), decimals);
    }

    private static double Round(double value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);
}
