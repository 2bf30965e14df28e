using Regional.Observations;
using Regional.Periods;
using Regional.Submissions;

namespace Regional.Core.Tests.Submissions;

public class JsonEnvelopeReaderTests
{
    private const string Valid = """
        {
          "schema": "regional.submission/v1",
          "submissionId": "chengdu-2025-Q3-001",
          "source": "Chengdu Municipal Bureau of Statistics",
          "submittedAt": "2025-10-20T08:00:00+08:00",
          "observations": [
            { "region": "A1", "indicator": "gdp_growth", "period": "2025-Q3", "value": 5.9, "status": "final" },
            { "region": "A2", "indicator": "gdp", "period": "2025-M09", "value": null, "basis": "level" }
          ]
        }
        """;

    [Fact]
    public void ValidEnvelopeIsReadWithEveryObservation()
    {
        var parsed = Submit.Json(Valid);

        Assert.Empty(parsed.Problems);
        Assert.Equal("chengdu-2025-Q3-001", parsed.SubmissionId);
        Assert.Equal("Chengdu Municipal Bureau of Statistics", parsed.Source);
        Assert.Equal(new DateTimeOffset(2025, 10, 20, 0, 0, 0, TimeSpan.Zero), parsed.SubmittedAt);
        Assert.Equal(SubmissionFormat.JsonEnvelope, parsed.Format);
        Assert.Collection(
            parsed.Observations,
            first =>
            {
                Assert.Equal(new ObservationKey("A1", "gdp_growth", Period.Quarter(2025, 3)), first.Key);
                Assert.Equal(5.9, first.Value);
                Assert.Equal(ObservationStatus.Final, first.Status);
                Assert.Null(first.Basis);
                Assert.Equal(SubmissionAction.Merge, first.Action);
                Assert.Equal(7, first.Line);
                Assert.Equal("$.observations[0]", first.Pointer);
            },
            second =>
            {
                Assert.Equal(Period.Month(2025, 9), second.Period);
                Assert.Null(second.Value);
                Assert.Equal(ObservationStatus.Provisional, second.Status);
                Assert.Equal(Basis.Level, second.Basis);
                Assert.Equal(8, second.Line);
            });
    }

    [Fact]
    public void MalformedJsonIsOneProblemWithLineAndPosition()
    {
        var parsed = Submit.Json("{\n  \"schema\": \"regional.submission/v1\",\n  \"observations\": [ { \"value\": 1, } ]\n}");

        var problem = Assert.Single(parsed.Problems);
        Assert.Equal(ProblemCodes.MalformedJson, problem.Code);
        Assert.Equal(3, problem.Line);
        Assert.NotNull(problem.Position);
        Assert.Empty(parsed.Observations);
    }

    [Fact]
    public void TrailingContentAfterTheEnvelopeIsMalformed()
    {
        var parsed = Submit.Json(Valid + "\n{}");

        Assert.Equal(ProblemCodes.MalformedJson, Assert.Single(parsed.Problems).Code);
    }

    [Fact]
    public void WrongSchemaIdIsReportedWithItsPath()
    {
        var parsed = Submit.Json(Valid.Replace("regional.submission/v1", "regional.submission/v2", StringComparison.Ordinal));

        var problem = Submit.Single(parsed, ProblemCodes.WrongSchema);
        Assert.Equal("$.schema", problem.Field);
        Assert.Equal(2, problem.Line);
        Assert.Contains("regional.submission/v2", problem.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"has space\"")]
    [InlineData("\"\"")]
    [InlineData("\"slash/inside\"")]
    public void InvalidSubmissionIdIsReported(string id)
    {
        var parsed = Submit.Json(Valid.Replace("\"chengdu-2025-Q3-001\"", id, StringComparison.Ordinal));

        var problem = Submit.Single(parsed, ProblemCodes.InvalidSubmissionId);
        Assert.Equal("$.submissionId", problem.Field);
        Assert.Null(parsed.SubmissionId);
    }

    [Fact]
    public void SubmissionIdLongerThan128CharactersIsReported()
    {
        var parsed = Submit.Json(Valid.Replace("chengdu-2025-Q3-001", new string('x', 129), StringComparison.Ordinal));

        Assert.Equal("$.submissionId", Submit.Single(parsed, ProblemCodes.InvalidSubmissionId).Field);
    }

    [Fact]
    public void MissingTopLevelFieldsAreEachReported()
    {
        var parsed = Submit.Json("""{ "schema": "regional.submission/v1", "observations": [ { "region": "A1", "indicator": "gdp", "period": "2025", "value": 1 } ] }""");

        var missing = parsed.Problems.Where(p => p.Code == ProblemCodes.MissingField).Select(p => p.Field!).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["$.source", "$.submissionId", "$.submittedAt"], missing);
    }

    [Theory]
    [InlineData("2025-10-20T08:00:00")]
    [InlineData("2025-10-20")]
    [InlineData("yesterday")]
    [InlineData("2025-13-20T08:00:00Z")]
    public void SubmittedAtWithoutOffsetOrInvalidIsReported(string timestamp)
    {
        var parsed = Submit.Json(Valid.Replace("2025-10-20T08:00:00+08:00", timestamp, StringComparison.Ordinal));

        var problem = Submit.Single(parsed, ProblemCodes.InvalidTimestamp);
        Assert.Equal("$.submittedAt", problem.Field);
        Assert.Equal(5, problem.Line);
    }

    [Fact]
    public void ObservationsThatAreNotAnArrayAreReported()
    {
        var parsed = Submit.Json("""{ "schema": "regional.submission/v1", "submissionId": "x", "source": "s", "submittedAt": "2025-10-20T08:00:00Z", "observations": { } }""");

        var problem = Submit.Single(parsed, ProblemCodes.WrongType);
        Assert.Equal("$.observations", problem.Field);
        Assert.Contains("an object", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyObservationsArrayMeansNoObservations()
    {
        var parsed = Submit.Json("""{ "schema": "regional.submission/v1", "submissionId": "x", "source": "s", "submittedAt": "2025-10-20T08:00:00Z", "observations": [] }""");

        Assert.Equal("$.observations", Submit.Single(parsed, ProblemCodes.NoObservations).Field);
    }

    [Fact]
    public void EveryProblemOfEveryObservationIsCollected()
    {
        var parsed = Submit.Json("""
            {
              "schema": "regional.submission/v1",
              "submissionId": "x",
              "source": "s",
              "submittedAt": "2025-10-20T08:00:00Z",
              "observations": [
                { "region": "A1", "indicator": "gdp", "period": "2025-Q5", "value": 1 },
                { "region": 7, "indicator": "gdp", "period": "2025", "value": "12.5" },
                { "indicator": "gdp", "period": "2025", "value": 1, "status": "draft", "basis": "stock" },
                { "region": "A1", "indicator": "gdp", "period": "2025", "value": 1, "colour": "red" },
                "not an object"
              ]
            }
            """);

        Assert.Empty(parsed.Observations);
        var found = parsed.Problems.Select(p => (p.Line, p.Field, p.Code)).ToHashSet();
        Assert.Contains((7, "$.observations[0].period", ProblemCodes.InvalidPeriod), found);
        Assert.Contains((8, "$.observations[1].region", ProblemCodes.WrongType), found);
        Assert.Contains((8, "$.observations[1].value", ProblemCodes.NotANumber), found);
        Assert.Contains((9, "$.observations[2].region", ProblemCodes.MissingField), found);
        Assert.Contains((9, "$.observations[2].status", ProblemCodes.UnknownStatus), found);
        Assert.Contains((9, "$.observations[2].basis", ProblemCodes.UnknownBasis), found);
        Assert.Contains((10, "$.observations[3].colour", ProblemCodes.UnknownField), found);
        Assert.Contains((11, "$.observations[4]", ProblemCodes.WrongType), found);
        Assert.Equal(8, parsed.Problems.Length);
    }

    [Fact]
    public void MissingValueIsAProblemWhileNullValueIsAMissingFigure()
    {
        var parsed = Submit.Json("""
            { "schema": "regional.submission/v1", "submissionId": "x", "source": "s", "submittedAt": "2025-10-20T08:00:00Z",
              "observations": [ { "region": "A1", "indicator": "gdp", "period": "2025" }, { "region": "A2", "indicator": "gdp", "period": "2025", "value": null } ] }
            """);

        Assert.Equal("$.observations[0].value", Submit.Single(parsed, ProblemCodes.MissingField).Field);
        Assert.Null(Assert.Single(parsed.Observations).Value);
    }

    [Theory]
    [InlineData("1e999")]
    [InlineData("-1e400")]
    public void NumbersBeyondDoubleRangeAreNotFinite(string number)
    {
        var parsed = Submit.Json($$"""
            { "schema": "regional.submission/v1", "submissionId": "x", "source": "s", "submittedAt": "2025-10-20T08:00:00Z",
              "observations": [ { "region": "A1", "indicator": "gdp", "period": "2025", "value": {{number}} } ] }
            """);

        var problem = Submit.Single(parsed, ProblemCodes.NotFinite);
        Assert.Equal("$.observations[0].value", problem.Field);
        Assert.Contains(number, problem.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    public void NonFiniteWordsAreNotJsonNumbers(string word)
    {
        var parsed = Submit.Json($$"""
            { "schema": "regional.submission/v1", "submissionId": "x", "source": "s", "submittedAt": "2025-10-20T08:00:00Z",
              "observations": [ { "region": "A1", "indicator": "gdp", "period": "2025", "value": {{word}} } ] }
            """);

        Assert.Equal(ProblemCodes.MalformedJson, Assert.Single(parsed.Problems).Code);
    }

    [Fact]
    public void QuotedNaNIsNotANumber()
    {
        var parsed = Submit.Json("""
            { "schema": "regional.submission/v1", "submissionId": "x", "source": "s", "submittedAt": "2025-10-20T08:00:00Z",
              "observations": [ { "region": "A1", "indicator": "gdp", "period": "2025", "value": "NaN" } ] }
            """);

        Assert.Equal("line 2, field $.observations[0].value: 'NaN' is not a number (write null for a missing figure)", Submit.Single(parsed, ProblemCodes.NotANumber).ToString());
    }

    [Fact]
    public void DuplicatePropertyIsReported()
    {
        var parsed = Submit.Json("""
            { "schema": "regional.submission/v1", "submissionId": "x", "submissionId": "y", "source": "s", "submittedAt": "2025-10-20T08:00:00Z",
              "observations": [ { "region": "A1", "indicator": "gdp", "period": "2025", "value": 1 } ] }
            """);

        Assert.Equal("$.submissionId", Submit.Single(parsed, ProblemCodes.DuplicateField).Field);
    }

    [Fact]
    public void BodyThatIsNotAnObjectIsReported()
    {
        var parsed = Submit.Json("[1, 2]");

        Assert.Equal("$", Submit.Single(parsed, ProblemCodes.WrongType).Field);
    }

    [Fact]
    public void ByteOrderMarkIsAccepted()
    {
        var parsed = Submit.Json("\uFEFF" + Valid);

        Assert.Empty(parsed.Problems);
        Assert.Equal(2, parsed.Observations.Length);
    }

    [Fact]
    public void InvalidUtf8IsOneProblemAtItsLine()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(Valid.Replace("Chengdu Municipal", "Chengdu \u0001", StringComparison.Ordinal)).ToList();
        var at = bytes.IndexOf(0x01);
        bytes[at] = 0xD0;

        var parsed = Regional.Submissions.Json.JsonEnvelopeReader.Read(bytes.ToArray());

        var problem = Assert.Single(parsed.Problems);
        Assert.Equal((ProblemCodes.MalformedJson, 4), (problem.Code, problem.Line));
    }
}
