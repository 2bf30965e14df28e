using System.Collections.Immutable;
using Regional.Catalogs;

namespace Regional.Core.Tests.Catalogs;

public sealed class IndicatorProblemTests
{
    private static ImmutableArray<CatalogProblem> LoadBrokenIndicators()
    {
        using var folder = CatalogFolder.EuWith("indicators");
        return CatalogLoader.TryLoad(folder.Path).Problems;
    }

    [Fact]
    public void DuplicateIndicatorIdIsReported() =>
        ProblemAssert.Has(LoadBrokenIndicators(), "indicators.json", "$.indicators[1].id", "duplicate indicator id");

    [Fact]
    public void PlausibleMinNotBelowMaxIsReported() =>
        ProblemAssert.Has(LoadBrokenIndicators(), "indicators.json", "$.indicators[2].plausibleRange", "must be below max");

    [Fact]
    public void DerivationFromAnUnknownIndicatorIsReported() =>
        ProblemAssert.Has(LoadBrokenIndicators(), "indicators.json", "$.indicators[5].derivation.numerator", "unknown indicator id 'gross_debt'");

    [Fact]
    public void NonFiniteNumberIsReported() =>
        ProblemAssert.Has(LoadBrokenIndicators(), "indicators.json", "$.indicators[6].plausibleRange.max", "must be a finite number");

    [Fact]
    public void UnknownEnumValueAndWrongTypeAreReported()
    {
        var problems = LoadBrokenIndicators();

        ProblemAssert.Has(problems, "indicators.json", "$.indicators[7].basis", "'yearly' is not one of: level, period-growth, ytd-growth");
        ProblemAssert.Has(problems, "indicators.json", "$.indicators[7].unit", "must be a string");
    }

    [Fact]
    public void DerivationFromADerivedIndicatorIsReported()
    {
        using var folder = CatalogFolder.EuWith().Write("indicators.json", """
            { "indicators": [
              { "id": "a", "names": { "en": "A" }, "unit": "x", "basis": "level", "direction": "lower-is-better", "plausibleRange": { "min": 0, "max": 1 } },
              { "id": "b", "names": { "en": "B" }, "unit": "x", "basis": "level", "direction": "lower-is-better", "plausibleRange": { "min": 0, "max": 1 },
                "derivation": { "numerator": "a", "denominator": "a" } },
              { "id": "c", "names": { "en": "C" }, "unit": "x", "basis": "level", "direction": "lower-is-better", "plausibleRange": { "min": 0, "max": 1 },
                "derivation": { "numerator": "b", "denominator": "a", "scale": 0 } } ] }
            """);

        var problems = CatalogLoader.TryLoad(folder.Path).Problems;

        ProblemAssert.Has(problems, "indicators.json", "$.indicators[2].derivation.numerator", "is itself derived");
        ProblemAssert.Has(problems, "indicators.json", "$.indicators[2].derivation.scale", "must not be zero");
    }
}
