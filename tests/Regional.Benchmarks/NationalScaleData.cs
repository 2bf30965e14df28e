using System.Collections.Immutable;
using Regional.Alerts;
using Regional.Catalogs;
using Regional.Engine;
using Regional.Observations;
using Regional.Periods;

namespace Regional.Benchmarks;

/// <summary>
/// A synthetic national-scale input with a fixed seed: <c>regions</c> regions under one root, <c>indicators</c>
/// indicators (a third growth rates with targets, one derived debt ratio, the rest additive levels) and
/// <c>quarters</c> quarters of history ending with the evaluated one. The figures behave like real ones where the
/// rules look: growth scatters around the target with a persistent regional momentum (so some regions lag quarter
/// after quarter), levels are spread log-normally and grow slowly, the root's totals add up, and the anomalies of
/// <see cref="RegionProfile"/> make every red line and every quality check fire somewhere. Observations come in
/// the order the observation store returns them: period, indicator, region, vintage.
/// </summary>
public static class NationalScaleData
{
    // Share of the year's output reached by the end of each quarter (the last quarter weighs most).
    private static readonly double[] CumulativeShare = [0.22, 0.47, 0.73, 1.0];

    public static Period EvaluatedPeriod { get; } = Period.Quarter(2025, 3);

    public static EvaluationInput Create(int regions = 3000, int indicators = 40, int quarters = 8, int seed = 7)
    {
        var random = new Random(seed);
        var profiles = Enumerable.Range(1, regions).Select(r => RegionProfile.Draw(r, random)).ToList();
        var growthCount = (indicators + 2) / 3;
        var levelCount = indicators - growthCount - 1;
        var periods = Enumerable.Range(0, quarters).Select(q => EvaluatedPeriod.Shift(q - quarters + 1)).ToList();
        var catalog = NationalScaleCatalog.Create(profiles, growthCount, levelCount, periods.Select(p => p.Year).Distinct());

        var generator = new Generator(random, profiles, growthCount, levelCount, periods[0].Year);
        var observations = ImmutableArray.CreateBuilder<Observation>((regions + 1) * (indicators - 1) * quarters);
        for (var t = 0; t < quarters; t++)
        {
            generator.Emit(catalog, periods[t], t, t == quarters - 1, observations);
        }

        return new EvaluationInput(catalog, EvaluatedPeriod, observations.ToImmutable(), ImmutableArray<AlertState>.Empty, new DateTimeOffset(2025, 10, 20, 0, 0, 0, TimeSpan.Zero));
    }

    /// <summary>Draws one quarter's figures at a time from the regions' persistent profiles plus noise.</summary>
    private sealed class Generator
    {
        private readonly Random _random;
        private readonly IReadOnlyList<RegionProfile> _profiles;
        private readonly int _firstYear;
        private readonly double[,] _growthShift;
        private readonly double[,] _levelBase;

        public Generator(Random random, IReadOnlyList<RegionProfile> profiles, int growthCount, int levelCount, int firstYear)
        {
            _random = random;
            _profiles = profiles;
            _firstYear = firstYear;
            _growthShift = new double[profiles.Count, growthCount];
            _levelBase = new double[profiles.Count, levelCount];
            for (var r = 0; r < profiles.Count; r++)
            {
                for (var g = 0; g < growthCount; g++)
                {
                    _growthShift[r, g] = RegionProfile.Normal(random, 0, 0.6);
                }

                for (var j = 0; j < levelCount; j++)
                {
                    _levelBase[r, j] = profiles[r].Size * Math.Pow(10, 1 + (j % 4)) * Math.Exp(RegionProfile.Normal(random, 0, 0.3));
                }
            }
        }

        public void Emit(Catalog catalog, Period period, int t, bool evaluated, ImmutableArray<Observation>.Builder output)
        {
            var growth = GrowthOf(evaluated);
            var lastButOne = period == EvaluatedPeriod.Previous();
            foreach (var indicator in catalog.Indicators.Where(i => i.Derivation is null))
            {
                var isGrowth = indicator.Basis == Basis.YtdGrowth;
                var index = int.Parse(indicator.Id.AsSpan(indicator.Id.Length - 2), provider: null);
                var values = new double?[_profiles.Count];
                for (var r = 0; r < _profiles.Count; r++)
                {
                    values[r] = Reported(_profiles[r], indicator.Id, evaluated)
                        ? Math.Round(isGrowth ? growth[r, index] : LevelOf(r, index, period, t), 2)
                        : null;
                }

                output.Add(Figure(NationalScaleCatalog.Root, indicator, period, RootValue(indicator.Id, values, isGrowth)));
                for (var r = 0; r < _profiles.Count; r++)
                {
                    if (values[r] is not { } value)
                    {
                        continue;
                    }

                    var profile = _profiles[r];
                    if (isGrowth && index == 3 && lastButOne && profile.RevisesGrowth)
                    {
                        output.Add(Figure(profile.Code, indicator, period, value - 4));
                        output.Add(Figure(profile.Code, indicator, period, value, vintage: 2));
                    }
                    else if (!isGrowth && index == NationalScaleCatalog.RoleLevels && evaluated && profile.RevisesLevel)
                    {
                        output.Add(Figure(profile.Code, indicator, period, Math.Round(value / 1.02, 2)));
                        output.Add(Figure(profile.Code, indicator, period, value, vintage: 2));
                    }
                    else
                    {
                        output.Add(Figure(profile.Code, indicator, period, value));
                    }
                }
            }
        }

        private double[,] GrowthOf(bool evaluated)
        {
            var growthCount = _growthShift.GetLength(1);
            var growth = new double[_profiles.Count, growthCount];
            for (var r = 0; r < _profiles.Count; r++)
            {
                var p = _profiles[r];
                for (var g = 0; g < growthCount; g++)
                {
                    growth[r, g] = NationalScaleCatalog.NationalTarget + p.Momentum + _growthShift[r, g] + RegionProfile.Normal(_random, 0, 0.3);
                }

                if (p.HugsTarget)
                {
                    growth[r, 0] = (p.OwnTarget ? NationalScaleCatalog.OwnTarget : NationalScaleCatalog.NationalTarget) + 0.1;
                }

                if (p.FailsCrossCheck || p.WarnsCrossCheck)
                {
                    var below = p.FailsCrossCheck ? 12 : 7;
                    growth[r, 1] = growth[r, 0] - below + 0.4;
                    growth[r, 2] = growth[r, 0] - below - 0.4;
                }

                if (evaluated && p.IsOutlier)
                {
                    growth[r, 4] = 30;
                }

                if (evaluated && p.IsOutOfRange)
                {
                    growth[r, 5] = 95;
                }
            }

            return growth;
        }

        private double LevelOf(int r, int j, Period period, int t)
        {
            var p = _profiles[r];
            var noise = Math.Exp(RegionProfile.Normal(_random, 0, 0.01));
            var fiscal = p.FiscalCapacity * Math.Pow(1.01, t);
            return NationalScaleCatalog.Level(j) switch
            {
                NationalScaleCatalog.Output => _levelBase[r, j] * 200 * Math.Pow(1.06, period.Year - _firstYear) * CumulativeShare[period.Index - 1] * noise,
                NationalScaleCatalog.ProtectedLand => p.Land * Math.Pow(p.LosesLand ? 0.988 : 1.0002, t),
                NationalScaleCatalog.ProtectedArea => p.Area * Math.Pow(p.LosesArea ? 0.995 : 1.0, t),
                NationalScaleCatalog.Debt => fiscal * p.DebtRatio * Math.Pow(1.01, t) / 100,
                NationalScaleCatalog.FiscalCapacity => fiscal,
                NationalScaleCatalog.Incidents => Math.Round(p.IncidentRate * Math.Exp(RegionProfile.Normal(_random, 0, 0.3))),
                _ when p.WritesLevels => Written(_levelBase[r, j]),
                _ => _levelBase[r, j] * Math.Pow(1.015, t) * noise,
            };
        }

        /// <summary>A figure made up rather than measured: five in the leading digit at about the right magnitude.</summary>
        private double Written(double measured) =>
            5 * Math.Pow(10, Math.Floor(Math.Log10(measured))) * (0.96 + (_random.NextDouble() * 0.08));

        /// <summary>Missing figures are planted in the evaluated quarter only, in required indicators.</summary>
        private static bool Reported(RegionProfile profile, string indicatorId, bool evaluated) =>
            !evaluated
            || (!(profile.MissesOne && indicatorId == NationalScaleCatalog.Growth(0))
                && !(profile.MissesThree && (indicatorId == NationalScaleCatalog.Growth(0) || indicatorId == NationalScaleCatalog.Growth(1) || indicatorId == NationalScaleCatalog.Output)));

        /// <summary>The root reports the children's mean growth and the sum of their levels, two of them inflated.</summary>
        private static double RootValue(string indicatorId, double?[] values, bool isGrowth)
        {
            var reported = values.OfType<double>().ToList();
            if (isGrowth)
            {
                return Math.Round(reported.Average(), 2);
            }

            var factor = indicatorId switch
            {
                NationalScaleCatalog.ImbalancedWarn => 1.02,
                NationalScaleCatalog.ImbalancedFail => 1.05,
                _ => 1.0,
            };
            return Math.Round(reported.Sum() * factor, 2);
        }

        private static Observation Figure(string region, Indicator indicator, Period period, double value, int vintage = 1) =>
            new(region, indicator.Id, period, value, indicator.Basis, ObservationStatus.Final, vintage, "synthetic");
    }
}
