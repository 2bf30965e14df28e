using Regional.Catalogs;
using Regional.Engine;
using Regional.Engine.Quality;
using Regional.Observations;
using static Regional.Core.Tests.Engine.Figures;

namespace Regional.Core.Tests.Engine.Quality;

public class BenfordFirstDigitsTests
{
    private static readonly string[] LevelIndicators = ["gdp", "gov_debt", "fiscal_capacity", "arable_land", "safety_deaths"];

    /// <summary>Level figures for the values given, spread over invented regions so that each is a distinct figure.</summary>
    private static IEnumerable<Observation> Levels(IEnumerable<double> values) =>
        values.Select((value, i) => Of($"X{i / LevelIndicators.Length:D4}", LevelIndicators[i % LevelIndicators.Length], value));

    /// <summary>Counts for each first digit in Benford proportions, scaled across magnitudes.</summary>
    private static IEnumerable<double> BenfordShaped(int total)
    {
        for (var digit = 1; digit <= 9; digit++)
        {
            var count = (int)Math.Round(total * Math.Log10(1 + (1.0 / digit)));
            for (var k = 0; k < count; k++)
            {
                yield return (digit + (k % 10 / 10.0)) * Math.Pow(10, k % 4);
            }
        }
    }

    [Fact]
    public void DistributionFollowingBenfordGivesNoFinding()
    {
        Assert.Empty(Findings(TestCatalog.Create(), Q3, RuleIds.QualityBenford, Levels(BenfordShaped(1000))));
    }

    [Fact]
    public void FirstDigitsFarFromBenfordWarnOnTheProvince()
    {
        var nines = Enumerable.Range(0, 200).Select(i => 900.0 + i);

        var finding = Assert.Single(Findings(TestCatalog.Create(), Q3, RuleIds.QualityBenford, Levels(nines)));

        Assert.Equal((TestCatalog.Province, string.Empty, "warn", Severity.Warning), (finding.RegionCode, finding.IndicatorId, finding.State, finding.Severity));
        Assert.True(finding.Value >= 0.015);
        Assert.Contains("200 positive levels", finding.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void NeverFailsHoweverFarTheDigitsAre()
    {
        var catalog = WithQuality(q => q with { Benford = new BenfordCheck(MinValues: 10, WarnMad: 0.0001) });

        var finding = Assert.Single(Findings(catalog, Q3, RuleIds.QualityBenford, Levels(Enumerable.Repeat(9.0, 50))));

        Assert.Equal("warn", finding.State);
    }

    [Fact]
    public void TooFewValuesAreNotTested()
    {
        var nines = Enumerable.Range(0, 99).Select(i => 900.0 + i);

        Assert.Empty(Findings(TestCatalog.Create(), Q3, RuleIds.QualityBenford, Levels(nines)));
    }

    [Fact]
    public void ZeroAndNegativeLevelsAndGrowthRatesAreNotCounted()
    {
        var nines = Enumerable.Range(0, 99).Select(i => 900.0 + i)
            .Concat(Enumerable.Repeat(0.0, 20))
            .Concat(Enumerable.Repeat(-900.0, 20));
        var growth = Enumerable.Range(0, 50).Select(i => Of($"G{i:D3}", "gdp_growth", 9));

        Assert.Empty(Findings(TestCatalog.Create(), Q3, RuleIds.QualityBenford, Levels(nines).Concat(growth)));
    }

    [Theory]
    [InlineData(1000, 1)]
    [InlineData(0.00123, 1)]
    [InlineData(9.99, 9)]
    [InlineData(999.9, 9)]
    [InlineData(1e-5, 1)]
    [InlineData(3, 3)]
    [InlineData(75_425_700, 7)]
    public void FirstDigitIsTheLeadingSignificantDigit(double value, int digit)
    {
        Assert.Equal(digit, BenfordFirstDigits.FirstDigit(value));
    }
}
