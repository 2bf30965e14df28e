using Regional.Catalogs;

namespace Regional.Core.Tests.Catalogs;

/// <summary>
/// A problem in one definition is reported where it is; the references to that definition say they follow from it
/// instead of claiming it does not exist. Enum values outside the documented spellings are refused with the list.
/// </summary>
public sealed class RootCauseProblemTests
{
    private static readonly string BadGrowthIndicator = """
        { "indicators": [
          { "id": "real_gdp_growth", "names": { "en": "Real GDP growth" }, "unit": "%", "basis": "yearly", "direction": "higher-is-better", "plausibleRange": { "min": -15, "max": 15 } },
          { "id": "gdp_meur", "names": { "en": "GDP" }, "unit": "million EUR", "basis": "level", "direction": "higher-is-better", "plausibleRange": { "min": 0, "max": 25000000 }, "aggregation": "sum" },
          { "id": "deficit_ratio", "names": { "en": "Deficit" }, "unit": "% of GDP", "basis": "level", "direction": "lower-is-better", "plausibleRange": { "min": -10, "max": 20 } },
          { "id": "gross_debt_meur", "names": { "en": "Debt" }, "unit": "million EUR", "basis": "level", "direction": "lower-is-better", "plausibleRange": { "min": 0, "max": 20000000 }, "aggregation": "sum" },
          { "id": "gross_debt_ratio", "names": { "en": "Debt ratio" }, "unit": "% of GDP", "basis": "level", "direction": "lower-is-better", "plausibleRange": { "min": 0, "max": 250 },
            "derivation": { "numerator": "gross_debt_meur", "denominator": "gdp_meur", "scale": 100 } },
          { "id": "unemployment_rate", "names": { "en": "Unemployment" }, "unit": "%", "basis": "level", "direction": "lower-is-better", "plausibleRange": { "min": 0, "max": 40 } }
        ] }
        """;

    [Fact]
    public void AnInvalidIndicatorIsReportedOnceAndItsReferencesFollowFromIt()
    {
        using var folder = CatalogFolder.EuWith().Write("indicators.json", BadGrowthIndicator);

        var problems = CatalogLoader.TryLoad(folder.Path).Problems;

        ProblemAssert.Has(problems, "indicators.json", "$.indicators[0].basis", "'yearly' is not one of: level, period-growth, ytd-growth");
        Assert.DoesNotContain(problems, p => p.Reason.Contains("unknown indicator id 'real_gdp_growth'", StringComparison.Ordinal));
        var dependent = problems.Where(p => p.Reason.Contains("'real_gdp_growth'", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(dependent);
        Assert.All(dependent, p => Assert.Contains("follows from them", p.Reason, StringComparison.Ordinal));
        Assert.Contains(dependent, p => p.File == "targets.json");
        Assert.Contains(dependent, p => p.File == "rules.json");
    }

    [Theory]
    [InlineData("ytd-growth", true)]
    [InlineData("ytdGrowth", true)]
    [InlineData("YtdGrowth", true)]
    [InlineData("ytd_growth", true)]
    [InlineData("YTD-GROWTH", false)]
    [InlineData("ytdgrowth", false)]
    [InlineData("y-t-d-growth", false)]
    public void OnlyTheDocumentedEnumSpellingsAreAccepted(string basis, bool accepted)
    {
        using var folder = CatalogFolder.EuWith().Write("indicators.json", BadGrowthIndicator.Replace("\"yearly\"", $"\"{basis}\"", StringComparison.Ordinal));

        var problems = CatalogLoader.TryLoad(folder.Path).Problems;

        if (accepted)
        {
            Assert.Empty(problems);
        }
        else
        {
            ProblemAssert.Has(problems, "indicators.json", "$.indicators[0].basis", $"'{basis}' is not one of: level, period-growth, ytd-growth");
        }
    }
}
