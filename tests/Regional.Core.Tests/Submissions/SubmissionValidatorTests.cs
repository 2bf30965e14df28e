using Regional.Observations;
using Regional.Periods;
using Regional.Submissions;
using Regional.Submissions.Validation;

namespace Regional.Core.Tests.Submissions;

public class SubmissionValidatorTests
{
    private static readonly DateTimeOffset Now = new(2025, 10, 20, 12, 0, 0, TimeSpan.Zero);

    private static SubmissionVerdict Validate(string csv) =>
        new SubmissionValidator(TestCatalog.Create()).Validate(Submit.Csv("DATAFLOW,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE\n" + csv), Now);

    [Fact]
    public void ValidSubmissionIsAcceptedWithTheIndicatorsBasis()
    {
        var verdict = Validate(
            "P0:REGIONAL(1.0),A1,gdp_growth,2025-Q3,5.9\n" +
            "P0:REGIONAL(1.0),P0,gdp,2025-Q3,41000\n" +
            "P0:REGIONAL(1.0),B3,arable_land,2024,NaN\n");

        Assert.True(verdict.IsAccepted);
        Assert.Empty(verdict.Problems);
        Assert.Equal([Basis.YtdGrowth, Basis.Level, Basis.Level], verdict.Accepted.Select(a => a.Basis));
        Assert.All(verdict.Accepted, a => Assert.Equal("Test bureau", a.Source));
    }

    [Fact]
    public void AcceptedFigureBecomesAnObservationOfTheGivenVintage()
    {
        var accepted = Validate("P0:REGIONAL(1.0),A1,gdp_growth,2025-Q3,5.9\n").Accepted.Single();

        var observation = accepted.ToObservation(vintage: 2);

        Assert.NotNull(observation);
        Assert.Equal(new ObservationKey("A1", "gdp_growth", Period.Quarter(2025, 3)), observation.Key);
        Assert.Equal(5.9, observation.Value);
        Assert.Equal(2, observation.Vintage);
        Assert.Equal(Basis.YtdGrowth, observation.Basis);
    }

    [Fact]
    public void MissingFigureAndDeletionBecomeNoObservation()
    {
        var parsed = Submit.Csv(
            "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE\n" +
            "dataflow,P0:REGIONAL(1.0),D,A1,gdp,2025-Q2,\n" +
            "dataflow,P0:REGIONAL(1.0),M,A2,gdp,2025-Q2,NaN\n");

        var verdict = new SubmissionValidator(TestCatalog.Create()).Validate(parsed, Now);

        Assert.True(verdict.IsAccepted);
        Assert.All(verdict.Accepted, a => Assert.Null(a.ToObservation(1)));
        Assert.Equal(SubmissionAction.Delete, verdict.Accepted[0].Action);
    }

    [Fact]
    public void UnknownRegionIsRejectedWithItsLine()
    {
        var verdict = Validate("P0:REGIONAL(1.0),A1,gdp,2025,1\nP0:REGIONAL(1.0),Z9,gdp,2025,1\n");

        Assert.False(verdict.IsAccepted);
        Assert.Empty(verdict.Accepted);
        var problem = Assert.Single(verdict.Problems);
        Assert.Equal((3, "REF_AREA", ProblemCodes.UnknownRegion), (problem.Line, problem.Field, problem.Code));
    }

    [Fact]
    public void UnknownIndicatorIsRejected()
    {
        var problem = Assert.Single(Validate("P0:REGIONAL(1.0),A1,happiness,2025,1\n").Problems);

        Assert.Equal((2, "INDICATOR", ProblemCodes.UnknownIndicator), (problem.Line, problem.Field, problem.Code));
    }

    [Fact]
    public void DerivedIndicatorCannotBeSubmitted()
    {
        var problem = Assert.Single(Validate("P0:REGIONAL(1.0),A1,debt_ratio,2025,95\n").Problems);

        Assert.Equal(ProblemCodes.DerivedIndicator, problem.Code);
        Assert.Contains("gov_debt", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void BasisThatContradictsTheIndicatorIsRejected()
    {
        var parsed = Submit.Json("""
            { "schema": "regional.submission/v1", "submissionId": "x", "source": "s", "submittedAt": "2025-10-20T08:00:00Z",
              "observations": [
                { "region": "A1", "indicator": "gdp_growth", "period": "2025-Q3", "value": 5.9, "basis": "ytd-growth" },
                { "region": "A2", "indicator": "gdp_growth", "period": "2025-Q3", "value": 5.9, "basis": "period-growth" }
              ] }
            """);

        var verdict = new SubmissionValidator(TestCatalog.Create()).Validate(parsed, Now);

        var problem = Assert.Single(verdict.Problems);
        Assert.Equal((4, "$.observations[1].basis", ProblemCodes.BasisMismatch), (problem.Line, problem.Field, problem.Code));
    }

    [Fact]
    public void PeriodStartingAfterNowIsInTheFuture()
    {
        var verdict = Validate(
            "P0:REGIONAL(1.0),A1,gdp,2025-Q4,1\n" +
            "P0:REGIONAL(1.0),A2,gdp,2025-11,1\n" +
            "P0:REGIONAL(1.0),A3,gdp,2026,1\n");

        Assert.Equal([3, 4], verdict.Problems.Where(p => p.Code == ProblemCodes.FuturePeriod).Select(p => p.Line!.Value));
        Assert.All(verdict.Problems, p => Assert.Equal("TIME_PERIOD", p.Field));
    }

    [Fact]
    public void ImplausibleValueIsNotARejection()
    {
        Assert.True(Validate("P0:REGIONAL(1.0),A1,gdp_growth,2025-Q3,999\n").IsAccepted);
    }

    [Fact]
    public void DuplicateKeyWithinTheSubmissionIsRejected()
    {
        var verdict = Validate(
            "P0:REGIONAL(1.0),A1,gdp,2025-09,1\n" +
            "P0:REGIONAL(1.0),A2,gdp,2025-09,1\n" +
            "P0:REGIONAL(1.0),A1,gdp,2025-M09,2\n");

        var problem = Assert.Single(verdict.Problems);
        Assert.Equal((4, ProblemCodes.DuplicateKey), (problem.Line, problem.Code));
        Assert.Contains("line 2", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptySubmissionIsRejected()
    {
        var empty = new ParsedSubmission("x", "s", Now, SubmissionFormat.JsonEnvelope, [], []);

        var verdict = new SubmissionValidator(TestCatalog.Create()).Validate(empty, Now);

        Assert.Equal(ProblemCodes.NoObservations, Assert.Single(verdict.Problems).Code);
    }

    [Fact]
    public void ParseProblemsAndCatalogProblemsAreReportedTogether()
    {
        var verdict = Validate(
            "P0:REGIONAL(1.0),A1,gdp,2025,abc\n" +
            "P0:REGIONAL(1.0),Z9,gdp,2025,1\n");

        Assert.Equal([ProblemCodes.NotANumber, ProblemCodes.UnknownRegion], verdict.Problems.Select(p => p.Code));
        Assert.Empty(verdict.Accepted);
    }

    [Fact]
    public void OversizedPayloadIsRejectedWhole()
    {
        var parsed = SubmissionReader.Read(new byte[100], "text/csv", Submit.Context(), new SubmissionLimits(maxBytes: 50));

        var verdict = new SubmissionValidator(TestCatalog.Create()).Validate(parsed, Now);

        Assert.Equal(ProblemCodes.TooLarge, Assert.Single(verdict.Problems).Code);
    }

    [Fact]
    public void SingleFigureCanBeCheckedWhileStreaming()
    {
        var observation = new SubmittedObservation("Z9", "debt_ratio", Period.Annual(2030), 1, null, ObservationStatus.Final, SubmissionAction.Merge, 7);
        var problems = new List<SubmissionProblem>();

        new SubmissionValidator(TestCatalog.Create()).Check(observation, Now, problems);

        Assert.Equal([ProblemCodes.UnknownRegion, ProblemCodes.DerivedIndicator, ProblemCodes.FuturePeriod], problems.Select(p => p.Code));
        Assert.All(problems, p => Assert.Equal(7, p.Line));
    }
}
