using Regional.Observations;
using Regional.Periods;
using Regional.Submissions;
using Regional.Submissions.Sdmx;

namespace Regional.Core.Tests.Submissions;

public class SdmxCsvReaderTests
{
    [Fact]
    public void Version1FileIsReadByHeaderName()
    {
        var parsed = Submit.Csv(
            "DATAFLOW,REF_AREA,INDICATOR,FREQ,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,OBS_STATUS\n" +
            "P0:REGIONAL(1.0),A1,gdp_growth,Q,2025-Q3,5.9,PC,A\n" +
            "P0:REGIONAL(1.0),A2,gdp,A,2024,1234.5,CNY_1E8,P\n");

        Assert.Empty(parsed.Problems);
        Assert.Equal(SubmissionFormat.SdmxCsv1, parsed.Format);
        Assert.Equal("test-001", parsed.SubmissionId);
        Assert.Equal(Submit.SubmittedAt, parsed.SubmittedAt);
        Assert.Collection(
            parsed.Observations,
            first =>
            {
                Assert.Equal(new ObservationKey("A1", "gdp_growth", Period.Quarter(2025, 3)), first.Key);
                Assert.Equal(5.9, first.Value);
                Assert.Equal(ObservationStatus.Final, first.Status);
                Assert.Equal(SubmissionAction.Merge, first.Action);
                Assert.Equal(2, first.Line);
            },
            second =>
            {
                Assert.Equal(Period.Annual(2024), second.Period);
                Assert.Equal(ObservationStatus.Provisional, second.Status);
                Assert.Equal(3, second.Line);
            });
    }

    [Fact]
    public void ColumnsAreFoundInAnyOrderAndExtraColumnsAreIgnored()
    {
        var parsed = Submit.Csv(
            "DATAFLOW,COMMENT,OBS_VALUE,TIME_PERIOD,INDICATOR,REF_AREA,DECIMALS\n" +
            "P0:REGIONAL(1.0),hello,7.5,2025-Q2,gdp_growth,B1,1\n");

        var observation = Assert.Single(parsed.Observations);
        Assert.Equal(new ObservationKey("B1", "gdp_growth", Period.Quarter(2025, 2)), observation.Key);
        Assert.Equal(7.5, observation.Value);
    }

    [Fact]
    public void LabelledHeadersAreReadByTheirId()
    {
        var parsed = Submit.Csv(
            "STRUCTURE,STRUCTURE_ID,REF_AREA: Reference area,INDICATOR: Indicator,TIME_PERIOD: Time,OBS_VALUE: Value\n" +
            "dataflow,P0:REGIONAL(1.0),A1,gdp,2025,10\n");

        Assert.Empty(parsed.Problems);
        Assert.Single(parsed.Observations);
    }

    [Theory]
    [InlineData("", SubmissionAction.Merge)]
    [InlineData("I", SubmissionAction.Merge)]
    [InlineData("A", SubmissionAction.Merge)]
    [InlineData("M", SubmissionAction.Merge)]
    [InlineData("R", SubmissionAction.Replace)]
    [InlineData("D", SubmissionAction.Delete)]
    public void Version2ActionCodesMapToActions(string code, SubmissionAction expected)
    {
        var parsed = Submit.Csv(
            "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE\n" +
            $"dataflow,P0:REGIONAL(1.0),{code},A1,gdp,2025,10\n");

        Assert.Equal(SubmissionFormat.SdmxCsv2, parsed.Format);
        Assert.Empty(parsed.Problems);
        Assert.Equal(expected, Assert.Single(parsed.Observations).Action);
    }

    [Fact]
    public void Version2WithoutActionColumnMerges()
    {
        var parsed = Submit.Csv(
            "STRUCTURE,STRUCTURE_ID,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE\n" +
            "dataflow,P0:REGIONAL(1.0),A1,gdp,2025,10\n");

        Assert.Equal(SubmissionAction.Merge, Assert.Single(parsed.Observations).Action);
    }

    [Fact]
    public void UnknownActionIsReported()
    {
        var parsed = Submit.Csv(
            "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE\n" +
            "dataflow,P0:REGIONAL(1.0),X,A1,gdp,2025,10\n");

        var problem = Submit.Single(parsed, ProblemCodes.UnknownAction);
        Assert.Equal((2, "ACTION"), (problem.Line, problem.Field));
        Assert.Empty(parsed.Observations);
    }

    [Fact]
    public void DeletionNeedsOnlyTheKey()
    {
        var parsed = Submit.Csv(
            "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,OBS_STATUS\n" +
            "dataflow,P0:REGIONAL(1.0),D,A1,gdp,2025,,\n" +
            "dataflow,P0:REGIONAL(1.0),D,A2,gdp,2025,whatever,ZZ\n");

        Assert.Empty(parsed.Problems);
        Assert.All(parsed.Observations, o => Assert.Equal(SubmissionAction.Delete, o.Action));
        Assert.All(parsed.Observations, o => Assert.Null(o.Value));
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("nan")]
    [InlineData("#N/A")]
    [InlineData("")]
    [InlineData("  ")]
    public void MissingMarkersGiveAnIntentionallyMissingFigure(string marker)
    {
        var parsed = Submit.Csv(
            "DATAFLOW,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE\n" +
            $"P0:REGIONAL(1.0),A1,gdp,2025,{marker}\n");

        Assert.Empty(parsed.Problems);
        Assert.Null(Assert.Single(parsed.Observations).Value);
    }

    [Fact]
    public void NonNumericValueNamesLineFieldAndText()
    {
        var parsed = Submit.Csv(
            "DATAFLOW,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE\n" +
            "P0:REGIONAL(1.0),A1,gdp,2025,1\n" +
            "P0:REGIONAL(1.0),A2,gdp,2025,abc\n");

        Assert.Equal("line 3, field OBS_VALUE: 'abc' is not a number", Submit.Single(parsed, ProblemCodes.NotANumber).ToString());
    }

    [Theory]
    [InlineData("1e999")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    public void NonFiniteValuesAreReported(string value)
    {
        var parsed = Submit.Csv(
            "DATAFLOW,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE\n" +
            $"P0:REGIONAL(1.0),A1,gdp,2025,{value}\n");

        Assert.Equal("OBS_VALUE", Submit.Single(parsed, ProblemCodes.NotFinite).Field);
    }

    [Theory]
    [InlineData("2025", Frequency.Annual, 1)]
    [InlineData("2025-A1", Frequency.Annual, 1)]
    [InlineData("2025-S1", Frequency.SemiAnnual, 1)]
    [InlineData("2025-Q3", Frequency.Quarterly, 3)]
    [InlineData("2025-09", Frequency.Monthly, 9)]
    [InlineData("2025-M09", Frequency.Monthly, 9)]
    public void EveryReportingPeriodFormIsRead(string text, Frequency frequency, int index)
    {
        var parsed = Submit.Csv(
            "DATAFLOW,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE\n" +
            $"P0:REGIONAL(1.0),A1,gdp,{text},1\n");

        Assert.Equal(Period.Create(2025, frequency, index), Assert.Single(parsed.Observations).Period);
    }

    [Theory]
    [InlineData("2025-Q5")]
    [InlineData("Q3 2025")]
    [InlineData("")]
    public void InvalidPeriodIsReported(string text)
    {
        var parsed = Submit.Csv(
            "DATAFLOW,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE\n" +
            $"P0:REGIONAL(1.0),A1,gdp,{text},1\n");

        var problem = Assert.Single(parsed.Problems);
        Assert.Equal((2, "TIME_PERIOD"), (problem.Line, problem.Field));
    }

    [Theory]
    [InlineData("A", "2025-Q3")]
    [InlineData("Q", "2025-09")]
    [InlineData("M", "2025")]
    public void FrequencyThatDisagreesWithThePeriodIsReported(string freq, string period)
    {
        var parsed = Submit.Csv(
            "DATAFLOW,REF_AREA,INDICATOR,FREQ,TIME_PERIOD,OBS_VALUE\n" +
            $"P0:REGIONAL(1.0),A1,gdp,{freq},{period},1\n");

        var problem = Submit.Single(parsed, ProblemCodes.FrequencyMismatch);
        Assert.Equal((2, "FREQ"), (problem.Line, problem.Field));
        Assert.Empty(parsed.Observations);
    }

    [Fact]
    public void UnsupportedFrequencyIsReported()
    {
        var parsed = Submit.Csv(
            "DATAFLOW,REF_AREA,INDICATOR,FREQ,TIME_PERIOD,OBS_VALUE\n" +
            "P0:REGIONAL(1.0),A1,gdp,W,2025,1\n");

        Assert.Equal("FREQ", Submit.Single(parsed, ProblemCodes.UnknownFrequency).Field);
    }

    [Theory]
    [InlineData("A", ObservationStatus.Final)]
    [InlineData("B", ObservationStatus.Final)]
    [InlineData("P", ObservationStatus.Provisional)]
    [InlineData("E", ObservationStatus.Provisional)]
    [InlineData("V", ObservationStatus.Provisional)]
    [InlineData("", ObservationStatus.Provisional)]
    public void ObservationStatusCodesMapToStatuses(string code, ObservationStatus expected)
    {
        var parsed = Submit.Csv(
            "DATAFLOW,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,OBS_STATUS\n" +
            $"P0:REGIONAL(1.0),A1,gdp,2025,1,{code}\n");

        Assert.Equal(expected, Assert.Single(parsed.Observations).Status);
    }

    [Theory]
    [InlineData("R")]
    [InlineData("F")]
    [InlineData("final")]
    public void UnknownObservationStatusIsRejected(string code)
    {
        var parsed = Submit.Csv(
            "DATAFLOW,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,OBS_STATUS\n" +
            $"P0:REGIONAL(1.0),A1,gdp,2025,1,{code}\n");

        Assert.Equal((2, "OBS_STATUS"), (Submit.Single(parsed, ProblemCodes.UnknownStatus).Line, Submit.Single(parsed, ProblemCodes.UnknownStatus).Field));
    }

    [Fact]
    public void MissingValueStatusWithAFigureIsAContradiction()
    {
        var parsed = Submit.Csv(
            "DATAFLOW,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,OBS_STATUS\n" +
            "P0:REGIONAL(1.0),A1,gdp,2025,1,M\n" +
            "P0:REGIONAL(1.0),A2,gdp,2025,NaN,M\n");

        Assert.Equal(2, Submit.Single(parsed, ProblemCodes.StatusContradictsValue).Line);
        Assert.Equal("A2", Assert.Single(parsed.Observations).Region);
    }

    [Fact]
    public void MissingValueColumnIsNamedInTheHeader()
    {
        var parsed = Submit.Csv(
            "DATAFLOW,REF_AREA,TIME_PERIOD\n" +
            "P0:REGIONAL(1.0),A1,2025\n");

        var problem = Assert.Single(parsed.Problems);
        Assert.Equal(ProblemCodes.MissingColumns, problem.Code);
        Assert.Equal(1, problem.Line);
        Assert.Contains("OBS_VALUE", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void FileWithoutIndicatorOfAnUndeclaredDataflowIsRefusedOnce()
    {
        var parsed = Submit.Csv(
            "DATAFLOW,REF_AREA,TIME_PERIOD,OBS_VALUE\n" +
            "P0:REGIONAL(1.0),A1,2025,1\n" +
            "P0:REGIONAL(1.0),A2,2025,2\n");

        var problem = Assert.Single(parsed.Problems);
        Assert.Equal(ProblemCodes.UnknownDataflow, problem.Code);
        Assert.Equal(2, problem.Line);
        Assert.Contains("(REF_AREA, INDICATOR)", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void HeaderThatIsNotSdmxIsReported()
    {
        var parsed = Submit.Csv("region,indicator,period,value\nA1,gdp,2025,1\n");

        Assert.Equal(1, Submit.Single(parsed, ProblemCodes.InvalidHeader).Line);
    }

    [Fact]
    public void HeaderOnlyFileHasNoObservations()
    {
        var parsed = Submit.Csv("DATAFLOW,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE\n");

        Assert.Contains("no observations", Submit.Single(parsed, ProblemCodes.NoObservations).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyFileIsReported()
    {
        Assert.Equal(ProblemCodes.EmptyBody, Assert.Single(Submit.Csv(string.Empty).Problems).Code);
    }

    [Fact]
    public void InvalidDataflowReferenceIsReported()
    {
        var parsed = Submit.Csv(
            "DATAFLOW,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE\n" +
            "REGIONAL,A1,gdp,2025,1\n");

        Assert.Equal((2, "DATAFLOW"), (Submit.Single(parsed, ProblemCodes.InvalidStructure).Line, Submit.Single(parsed, ProblemCodes.InvalidStructure).Field));
    }

    [Fact]
    public void InvalidStructureTypeIsReported()
    {
        var parsed = Submit.Csv(
            "STRUCTURE,STRUCTURE_ID,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE\n" +
            "codelist,P0:REGIONAL(1.0),A1,gdp,2025,1\n");

        Assert.Equal("STRUCTURE", Submit.Single(parsed, ProblemCodes.InvalidStructure).Field);
    }

    [Fact]
    public void RowWithWrongFieldCountIsReported()
    {
        var parsed = Submit.Csv(
            "DATAFLOW,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE\n" +
            "P0:REGIONAL(1.0),A1,gdp,2025\n" +
            "P0:REGIONAL(1.0),A2,gdp,2025,1\n");

        Assert.Equal(2, Submit.Single(parsed, ProblemCodes.FieldCount).Line);
        Assert.Single(parsed.Observations);
    }

    [Fact]
    public void EveryBadRowIsReportedNotOnlyTheFirst()
    {
        var parsed = Submit.Csv(
            "DATAFLOW,REF_AREA,INDICATOR,FREQ,TIME_PERIOD,OBS_VALUE\n" +
            "P0:REGIONAL(1.0),A1,gdp,A,2025,x\n" +
            "P0:REGIONAL(1.0),,gdp,Q,2025,1\n" +
            "P0:REGIONAL(1.0),A3,gdp,A,2025,1\n");

        Assert.Equal(
            [(2, "OBS_VALUE", ProblemCodes.NotANumber), (3, "REF_AREA", ProblemCodes.MissingField), (3, "FREQ", ProblemCodes.FrequencyMismatch)],
            parsed.Problems.Select(p => (p.Line!.Value, p.Field!, p.Code)).ToArray());
        Assert.Equal("A3", Assert.Single(parsed.Observations).Region);
    }

    [Fact]
    public void QuotedFieldsKeepCommasQuotesAndLineBreaks()
    {
        var parsed = Submit.Csv(
            "DATAFLOW,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,COMMENT\n" +
            "\"P0:REGIONAL(1.0)\",\"A1\",gdp,2025,\"12.5\",\"a, b and \"\"c\"\"\"\n" +
            "P0:REGIONAL(1.0),A2,gdp,2025,3,\"spans\ntwo lines\"\n" +
            "P0:REGIONAL(1.0),A3,gdp,2025,\"1,5\",\n");

        Assert.Equal([2, 3], parsed.Observations.Select(o => o.Line!.Value));
        Assert.Equal(12.5, parsed.Observations[0].Value);
        var problem = Submit.Single(parsed, ProblemCodes.NotANumber);
        Assert.Equal("line 5, field OBS_VALUE: '1,5' is not a number", problem.ToString());
    }

    [Fact]
    public void UnclosedQuoteIsAMalformedRow()
    {
        var parsed = Submit.Csv(
            "DATAFLOW,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE\n" +
            "P0:REGIONAL(1.0),A1,gdp,2025,\"12\n");

        Assert.Equal(2, Submit.Single(parsed, ProblemCodes.MalformedCsv).Line);
    }

    [Fact]
    public void TextAfterAClosingQuoteIsAMalformedRow()
    {
        var parsed = Submit.Csv(
            "DATAFLOW,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE\n" +
            "P0:REGIONAL(1.0),\"A1\"x,gdp,2025,12\n");

        Assert.Equal(2, Submit.Single(parsed, ProblemCodes.MalformedCsv).Line);
        Assert.Empty(parsed.Observations);
    }

    [Fact]
    public void ByteOrderMarkAndCrLfLineEndsAreAccepted()
    {
        var parsed = Submit.Csv(
            "\uFEFFDATAFLOW,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE\r\n" +
            "P0:REGIONAL(1.0),A1,gdp,2025,1\r\n" +
            "P0:REGIONAL(1.0),A2,gdp,2025,2\r\n");

        Assert.Empty(parsed.Problems);
        Assert.Equal(SubmissionFormat.SdmxCsv1, parsed.Format);
        Assert.Equal([2, 3], parsed.Observations.Select(o => o.Line!.Value));
    }

    [Fact]
    public void SemicolonSeparatedFileIsRead()
    {
        var parsed = Submit.Csv(
            "STRUCTURE;STRUCTURE_ID;ACTION;REF_AREA;INDICATOR;TIME_PERIOD;OBS_VALUE\n" +
            "dataflow;P0:REGIONAL(1.0);I;A1;gdp;2025;1.5\n");

        Assert.Empty(parsed.Problems);
        Assert.Equal(1.5, Assert.Single(parsed.Observations).Value);
    }

    [Fact]
    public void RowLongerThanTheLimitIsReportedAndSkipped()
    {
        var text =
            "DATAFLOW,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,COMMENT\n" +
            $"P0:REGIONAL(1.0),A1,gdp,2025,1,{new string('x', 500)}\n" +
            "P0:REGIONAL(1.0),A2,gdp,2025,2,short\n";

        var parsed = SdmxCsvReader.Read(new StringReader(text), Submit.Context(), maxRowChars: 200);

        Assert.Equal(2, Submit.Single(parsed, ProblemCodes.MalformedCsv).Line);
        Assert.Equal("A2", Assert.Single(parsed.Observations).Region);
    }

    [Fact]
    public void InvalidSubmissionIdFromTheCallerIsReported()
    {
        var parsed = SdmxCsvReader.Read(
            new StringReader("DATAFLOW,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE\nP0:REGIONAL(1.0),A1,gdp,2025,1\n"),
            Submit.Context("blob name/with slash"));

        Assert.Single(parsed.Problems, p => p.Code == ProblemCodes.InvalidSubmissionId);
    }
}
