using Regional.Submissions;

namespace Regional.Core.Tests.Submissions;

public class EnvelopeLimitsTests
{
    private static string Envelope(string id = "a1-q3", string source = "A1 Bureau of Statistics", string region = "A1", string indicator = "gdp_growth") =>
        System.Text.Json.JsonSerializer.Serialize(new
        {
            schema = "regional.submission/v1",
            submissionId = id,
            source,
            submittedAt = "2025-10-20T08:00:00+08:00",
            observations = new[] { new { region, indicator, period = "2025-Q3", value = 5.9 } },
        });

    [Theory]
    [InlineData("source", "$.source", ProblemCodes.InvalidSource)]
    [InlineData("region", "$.observations[0].region", ProblemCodes.InvalidCode)]
    [InlineData("indicator", "$.observations[0].indicator", ProblemCodes.InvalidCode)]
    [InlineData("submissionId", "$.submissionId", ProblemCodes.InvalidSubmissionId)]
    public void AFieldOverItsMaximumIsAProblemNamingTheFieldThatRepeatsLittleOfIt(string field, string path, string code)
    {
        var long_ = new string('x', 40_000);
        var parsed = Submit.Json(field switch
        {
            "source" => Envelope(source: long_),
            "region" => Envelope(region: long_),
            "indicator" => Envelope(indicator: long_),
            _ => Envelope(id: long_),
        });

        var problem = Assert.Single(parsed.Problems);
        Assert.Equal((path, code), (problem.Field, problem.Code));
        Assert.True(problem.Reason.Length < 200, problem.Reason);
        Assert.Contains("40000", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void FieldsAtTheirMaximaAreRead()
    {
        var parsed = Submit.Json(Envelope(
            new string('i', EnvelopeLimits.MaxSubmissionIdLength), new string('s', EnvelopeLimits.MaxSourceLength), new string('r', EnvelopeLimits.MaxCodeLength), new string('n', EnvelopeLimits.MaxCodeLength)));

        Assert.Empty(parsed.Problems);
        Assert.Equal(EnvelopeLimits.MaxSourceLength, parsed.Source!.Length);
    }
}
