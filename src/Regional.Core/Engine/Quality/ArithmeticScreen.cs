using System.Collections.Immutable;
using System.Globalization;
using Regional.Catalogs;
using Regional.Observations;
using Regional.Periods;
using static Regional.Engine.Quality.QualityFinding;

namespace Regional.Engine.Quality;

/// <summary>
/// The engine's door for numbers: a figure the engine cannot compute with (<see cref="Finite.IsUsable"/> is false: an
/// extreme magnitude such as 1e308, or a subnormal such as 5e-324 that would overflow a quotient) is left out of every
/// rule, with all its vintages when it is the current one, so no older vintage silently stands in for it; an unusable
/// earlier vintage alone is dropped from the history. Each figure of the evaluated period left out, and each derived
/// figure (a ratio) whose parts are present but whose quotient is not a usable number, is a data-quality
/// <c>fail</c> on that region and indicator that names the inputs, so the region's dependent results are marked
/// rather than computed from an impossible figure. Always on: it is arithmetic, not a configurable check.
/// </summary>
public static class ArithmeticScreen
{
    /// <summary>The observations the engine can compute with, and the findings for those of <paramref name="period"/> it cannot.</summary>
    public static (ImmutableArray<Observation> Usable, ImmutableArray<Finding> Findings) Screen(
        Catalog catalog, Period period, ImmutableArray<Observation> observations)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        if (observations.IsDefault || observations.All(o => Finite.IsUsable(o.Value)))
        {
            return (observations.IsDefault ? [] : observations, []);
        }

        // Only when some figure is unusable: find the current vintage of each affected figure (of equal vintages the
        // later arrival, as the engine's index counts it).
        var latest = new Dictionary<ObservationKey, Observation>();
        foreach (var observation in observations)
        {
            if (!latest.TryGetValue(observation.Key, out var held) || observation.Vintage >= held.Vintage)
            {
                latest[observation.Key] = observation;
            }
        }

        var unusable = latest.Values.Where(o => !Finite.IsUsable(o.Value)).ToDictionary(o => o.Key);
        var usable = observations.Where(o => Finite.IsUsable(o.Value) && !unusable.ContainsKey(o.Key)).ToImmutableArray();
        var findings = unusable.Values
            .Where(o => o.Period == period && catalog.FindRegion(o.RegionCode) is not null)
            .Select(o => Unusable(catalog, o))
            .ToImmutableArray();
        return (usable, findings);
    }

    /// <summary>
    /// A failure for each region of <paramref name="period"/> where a derived indicator has both parts, a denominator
    /// other than zero, and still no value: the quotient left the engine's span.
    /// </summary>
    public static ImmutableArray<Finding> Derivations(Catalog catalog, Period period, ObservationSet observations)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(observations);
        var findings = ImmutableArray.CreateBuilder<Finding>();
        foreach (var indicator in catalog.Indicators)
        {
            if (indicator.Derivation is not { } derivation)
            {
                continue;
            }

            var numerators = observations.ValuesOf(derivation.NumeratorId, period);
            var denominators = observations.ValuesOf(derivation.DenominatorId, period);
            var values = observations.ValuesOf(indicator.Id, period);
            foreach (var region in catalog.Regions)
            {
                if (numerators.TryGetValue(region.Code, out var numerator)
                    && denominators.TryGetValue(region.Code, out var denominator)
                    && denominator != 0
                    && !values.ContainsKey(region.Code))
                {
                    findings.Add(Underivable(catalog, region, indicator, derivation, numerator, denominator, period));
                }
            }
        }

        return findings.ToImmutable();
    }

    /// <summary>A number for a sentence about an extreme figure: the shortest round-trip form (1E+308, 5E-324).</summary>
    internal static string Exact(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static Finding Unusable(Catalog catalog, Observation observation)
    {
        var region = catalog.FindRegion(observation.RegionCode)!;
        var indicator = catalog.FindIndicator(observation.IndicatorId);
        var name = indicator?.NameEn ?? observation.IndicatorId;
        var nameZh = indicator?.NameZh ?? observation.IndicatorId;
        var why = Math.Abs(observation.Value) > Finite.MaxMagnitude
            ? string.Create(CultureInfo.InvariantCulture, $"its magnitude is above {Exact(Finite.MaxMagnitude)}")
            : string.Create(CultureInfo.InvariantCulture, $"its magnitude is below {Exact(Finite.MinMagnitude)} (a quotient by it would overflow)");
        var whyZh = Math.Abs(observation.Value) > Finite.MaxMagnitude
            ? string.Create(CultureInfo.InvariantCulture, $"其绝对值超过{Exact(Finite.MaxMagnitude)}")
            : string.Create(CultureInfo.InvariantCulture, $"其绝对值小于{Exact(Finite.MinMagnitude)}（以其为除数将溢出）");
        var detail = string.Create(
            CultureInfo.InvariantCulture,
            $"{region.NameEn}: {name} of {Exact(observation.Value)} in {observation.Period.Label} cannot be computed with: {why}. The figure is left out of growth, red-line, ranking and quality results.");
        var detailZh = string.Create(
            CultureInfo.InvariantCulture,
            $"{region.NameZh}{ChineseText.Span(observation.Period, indicator?.Basis ?? observation.Basis)}{nameZh}为{Exact(observation.Value)}，无法参与计算：{whyZh}。该数据不参与增速、底线、排名和质量检查结果。");
        return Create(region.Code, RuleIds.QualityArithmetic, observation.IndicatorId, QualityLevel.Fail, observation.Value, Finite.MaxMagnitude, null, detail, detailZh);
    }

    private static Finding Underivable(Catalog catalog, Region region, Indicator indicator, Derivation derivation, double numerator, double denominator, Period period)
    {
        var numeratorName = catalog.FindIndicator(derivation.NumeratorId)?.NameEn ?? derivation.NumeratorId;
        var denominatorName = catalog.FindIndicator(derivation.DenominatorId)?.NameEn ?? derivation.DenominatorId;
        var numeratorNameZh = catalog.FindIndicator(derivation.NumeratorId)?.NameZh ?? derivation.NumeratorId;
        var denominatorNameZh = catalog.FindIndicator(derivation.DenominatorId)?.NameZh ?? derivation.DenominatorId;
        var quotient = numerator / denominator * derivation.Scale;
        var result = double.IsFinite(quotient)
            ? string.Create(CultureInfo.InvariantCulture, $"the result {Exact(quotient)} is outside ±{Exact(Finite.MaxMagnitude)} or below {Exact(Finite.MinMagnitude)} in magnitude")
            : "the result is not a finite number";
        var detail = string.Create(
            CultureInfo.InvariantCulture,
            $"{region.NameEn}: {indicator.NameEn} in {period.Label} cannot be derived from {numeratorName} {Exact(numerator)} / {denominatorName} {Exact(denominator)} × {Exact(derivation.Scale)}: {result}.");
        var detailZh = string.Create(
            CultureInfo.InvariantCulture,
            $"{region.NameZh}{ChineseText.Span(period, indicator.Basis)}{indicator.NameZh}无法由{numeratorNameZh}{Exact(numerator)}除以{denominatorNameZh}{Exact(denominator)}乘以{Exact(derivation.Scale)}计算得出：结果不是可计算的有限数。");
        return Create(region.Code, RuleIds.QualityArithmetic, indicator.Id, QualityLevel.Fail, null, Finite.MaxMagnitude, null, detail, detailZh);
    }
}
