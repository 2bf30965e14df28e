using System.Text;
using Regional.Catalogs;
using Regional.Submissions;
using Regional.Submissions.Json;
using Regional.Submissions.Validation;

namespace Regional.Core.Tests.Submissions;

/// <summary>
/// Hard bounds at the door: a figure no region can have (outside the indicator's hard range), a literal that underflows
/// or overflows a double, is refused with the reason; <c>-0</c> is taken as 0.
/// </summary>
public class HardBoundsTests
{
    private static readonly DateTimeOffset Now = new(2025, 10, 20, 12, 0, 0, TimeSpan.Zero);
    private static readonly Lazy<Catalog> Sichuan = new(() => CatalogLoader.LoadDefault());

    private static SubmissionVerdict ValidateCsv(string indicator, string literal) =>
        new SubmissionValidator(Sichuan.Value).Validate(
            Submit.Csv($"DATAFLOW,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE\nCN_SC:REGIONAL(1.0),510100,gdp,2025-Q3,2000\nCN_SC:REGIONAL(1.0),510100,{indicator},2025-Q3,{literal}\n"),
            Now);

    private static SubmissionVerdict ValidateJson(string indicator, string literal) =>
        new SubmissionValidator(Sichuan.Value).Validate(
            JsonEnvelopeReader.Read(Encoding.UTF8.GetBytes($$"""
                { "schema": "regional.submission/v1", "submissionId": "x", "source": "s", "submittedAt": "2025-10-20T08:00:00Z",
                  "observations": [ { "region": "510100", "indicator": "{{indicator}}", "period": "2025-Q3", "value": {{literal}} } ] }
                """)),
            Now);

    [Theory]
    [InlineData("safety_deaths", "1e23")]
    [InlineData("fiscal_capacity", "9007199254740992")]
    [InlineData("gdp_growth", "-2147483649")]
    [InlineData("trade_growth", "1000.5")]
    [InlineData("arable_land", "-1")]
    [InlineData("eco_redline_area", "-0.001")]
    public void AFigureOutsideTheHardRangeIsRefusedWithTheRangeInTheReason(string indicator, string literal)
    {
        foreach (var verdict in new[] { ValidateCsv(indicator, literal), ValidateJson(indicator, literal) })
        {
            Assert.False(verdict.IsAccepted);
            var problem = Assert.Single(verdict.Problems);
            Assert.Equal(ProblemCodes.OutOfHardRange, problem.Code);
            Assert.Contains("hard range", problem.Reason, StringComparison.Ordinal);
            Assert.Contains(indicator, problem.Reason, StringComparison.Ordinal);
        }

        Assert.Equal((3, "OBS_VALUE"), (ValidateCsv(indicator, literal).Problems[0].Line, ValidateCsv(indicator, literal).Problems[0].Field));
        Assert.Equal("$.observations[0].value", ValidateJson(indicator, literal).Problems[0].Field);
    }

    [Theory]
    [InlineData("gdp_growth", "1000")]
    [InlineData("gdp_growth", "-100")]
    [InlineData("safety_deaths", "1e12")]
    [InlineData("arable_land", "0")]
    public void AFigureOnTheHardBoundIsAccepted(string indicator, string literal)
    {
        Assert.True(ValidateCsv(indicator, literal).IsAccepted);
        Assert.True(ValidateJson(indicator, literal).IsAccepted);
    }

    [Theory]
    [InlineData("1e-400")]
    [InlineData("-1e-400")]
    [InlineData("5e-324")]
    [InlineData("1e-310")]
    public void ALiteralThatUnderflowsIsRefusedInsteadOfStoredAsAnotherNumber(string literal)
    {
        var csv = Submit.Single(Submit.Csv($"DATAFLOW,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE\nCN_SC:REGIONAL(1.0),510100,gdp_growth,2025-Q3,{literal}\n"), ProblemCodes.Underflow);
        Assert.Contains("underflows", csv.Reason, StringComparison.Ordinal);
        var json = ValidateJson("gdp_growth", literal);
        Assert.Equal(ProblemCodes.Underflow, Assert.Single(json.Problems).Code);
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("-1.8e308")]
    public void ALiteralThatOverflowsIsRefusedAsNotFinite(string literal)
    {
        var csv = Assert.Single(ValidateCsv("gdp_growth", literal).Problems);
        var json = Assert.Single(ValidateJson("gdp_growth", literal).Problems);

        Assert.Equal((ProblemCodes.NotFinite, ProblemCodes.NotFinite), (csv.Code, json.Code));
        Assert.Contains("overflows", csv.Reason, StringComparison.Ordinal);
        Assert.Contains("overflows", json.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AZeroWrittenWithAnExponentIsZeroNotAnUnderflow()
    {
        Assert.True(ValidateCsv("gdp_growth", "0.000e-999").IsAccepted);
        Assert.True(ValidateJson("gdp_growth", "0e-999").IsAccepted);
    }

    [Fact]
    public void NegativeZeroIsStoredAsZero()
    {
        foreach (var verdict in new[] { ValidateCsv("gdp_growth", "-0"), ValidateJson("gdp_growth", "-0.0") })
        {
            var value = verdict.Accepted.Single(a => a.Key.IndicatorId == "gdp_growth").Value!.Value;
            Assert.Equal(0, value);
            Assert.False(double.IsNegative(value));
        }
    }

    [Fact]
    public void EveryReportedSichuanIndicatorHasAHardRangeContainingItsPlausibleRange()
    {
        Assert.All(Sichuan.Value.Indicators, i =>
        {
            Assert.True(double.IsFinite(i.HardMin) && double.IsFinite(i.HardMax), i.Id);
            Assert.True(i.HardMin <= i.PlausibleMin && i.HardMax >= i.PlausibleMax, i.Id);
        });
    }
}
