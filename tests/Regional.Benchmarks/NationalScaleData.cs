using System.Collections.Immutable;
using Regional.Alerts;
using Regional.Catalogs;
using Regional.Engine;
using Regional.Observations;
using Regional.Periods;

namespace Regional.Benchmarks;

/// <summary>
/// A synthetic national-scale input: a root with <c>regions</c> children in 30 peer groups, <c>indicators</c> indicators
/// (a third growth rates with targets, the rest additive levels), <c>quarters</c> quarters of history, with a fixed seed.
/// </summary>
public static class NationalScaleData
{
    public static EvaluationInput Create(int regions = 3000, int indicators = 40, int quarters = 8, int seed = 7)
    {
        var random = new Random(seed);
        var regionList = new List<Region> { new("R0", "Nation", "全国", "nation", null, null) };
        for (var r = 1; r <= regions; r++)
        {
            regionList.Add(new Region($"R{r:D5}", $"Region {r}", $"地区{r}", "region", "R0", $"zone-{r % 30:D2}"));
        }

        var indicatorList = new List<Indicator>();
        var growthIds = new List<string>();
        for (var i = 0; i < indicators; i++)
        {
            var growth = i % 3 == 0;
            var id = growth ? $"growth_{i:D2}" : $"level_{i:D2}";
            if (growth)
            {
                growthIds.Add(id);
            }

            indicatorList.Add(new Indicator(
                id, id, id, growth ? "%" : "units", growth ? Basis.YtdGrowth : Basis.Level,
                i % 5 == 4 ? Direction.LowerIsBetter : Direction.HigherIsBetter,
                growth ? -50 : 0, growth ? 80 : 1e9, growth ? Aggregation.None : Aggregation.Sum));
        }

        var last = Period.Quarter(2025, 3);
        var periods = Enumerable.Range(0, quarters).Select(q => last.Shift(-q)).Reverse().ToImmutableArray();
        var targets = growthIds
            .SelectMany(id => periods.Select(p => p.Year).Distinct().Select(y => new GrowthTarget(y, "R0", id, 6.0)))
            .ToImmutableArray();

        var limits = regionList.Skip(1).ToImmutableDictionary(r => r.Code, _ => 1000.0);
        var rules = new RuleSet(
            new TargetRules([.. growthIds]),
            [
                new RedLineRule("level-quota", "Quota", "配额", RedLineKind.Quota, "level_01", Severity.Critical, [], limits, ClearMargin: 10),
                new RedLineRule("level-bands", "Bands", "分档", RedLineKind.Bands, "level_04", Severity.Warning,
                    [new Band("green", "绿", Severity.None, double.NegativeInfinity), new Band("yellow", "黄", Severity.Warning, 9000), new Band("red", "红", Severity.Critical, 9900)],
                    ImmutableDictionary<string, double>.Empty, ClearMargin: 5),
            ],
            new QualityRules(
                new RangeCheck(),
                new CompletenessCheck([growthIds[0], "level_01"]),
                new HierarchyCheck(),
                new CrossIndicatorCheck(growthIds[0], [growthIds[1], growthIds[2]]),
                new RevisionCheck(),
                new PeerOutlierCheck([.. growthIds]),
                new TargetHuggingCheck([growthIds[0]]),
                new BenfordCheck()),
            new ComparisonRules(
                indicatorList.Take(10).ToImmutableDictionary(i => i.Id, _ => 1.0),
                growthIds[0],
                "level_01"),
            new AlertRules());

        var catalog = new Catalog(new CatalogInfo("national", "1", "Synthetic nation", "合成", "Benchmark data"), [.. regionList], [.. indicatorList], targets, rules);

        var observations = ImmutableArray.CreateBuilder<Observation>((regions + 1) * indicators * quarters);
        foreach (var period in periods)
        {
            foreach (var indicator in indicatorList)
            {
                var total = 0.0;
                for (var r = 1; r <= regions; r++)
                {
                    var value = indicator.Basis == Basis.Level ? 500 + (random.NextDouble() * 9500) : 2 + (random.NextDouble() * 8);
                    total += value;
                    observations.Add(new Observation(regionList[r].Code, indicator.Id, period, Math.Round(value, 2), indicator.Basis, ObservationStatus.Final, 1, "synthetic"));
                }

                observations.Add(new Observation("R0", indicator.Id, period, indicator.Basis == Basis.Level ? Math.Round(total, 2) : 6.0, indicator.Basis, ObservationStatus.Final, 1, "synthetic"));
            }
        }

        return new EvaluationInput(catalog, last, observations.MoveToImmutable(), ImmutableArray<AlertState>.Empty, new DateTimeOffset(2025, 10, 20, 0, 0, 0, TimeSpan.Zero));
    }
}
