using Regional.Observations;
using Regional.Periods;
using Regional.Submissions;

namespace Regional.Core.Tests.Submissions;

public class SdmxJsonReaderTests
{
    private const string Structure = """
        "structures": [ {
          "dimensions": {
            "dataSet": [ { "id": "INDICATOR", "values": [ { "id": "gdp_growth" } ] } ],
            "series": [
              { "id": "FREQ", "values": [ { "id": "Q" } ] },
              { "id": "REF_AREA", "values": [ { "id": "A1" }, { "id": "A2" }, { "id": "B1" } ] }
            ],
            "observation": [ { "id": "TIME_PERIOD", "values": [ { "id": "2025-Q1" }, { "id": "2025-Q2" }, { "id": "2025-Q3" } ] } ]
          },
          "attributes": {
            "series": [],
            "observation": [ { "id": "OBS_STATUS", "values": [ { "id": "A" }, { "id": "P" } ] } ]
          }
        } ]
        """;

    [Fact]
    public void SeriesKeysResolveToDimensionValues()
    {
        var parsed = Submit.SdmxJson($$"""
            { "meta": { }, "data": { {{Structure}},
              "dataSets": [ { "structure": 0, "action": "Information", "series": {
                "0:2": { "observations": { "2": [ 5.9, 0 ], "1": [ null, 1 ] } },
                "0:0": { "observations": { "0": [ "6.1" ] } }
              } } ] } }
            """);

        Assert.Empty(parsed.Problems);
        Assert.Equal(SubmissionFormat.SdmxJson, parsed.Format);
        Assert.Equal("test-001", parsed.SubmissionId);
        Assert.Collection(
            parsed.Observations,
            first =>
            {
                Assert.Equal(new ObservationKey("B1", "gdp_growth", Period.Quarter(2025, 3)), first.Key);
                Assert.Equal(5.9, first.Value);
                Assert.Equal(ObservationStatus.Final, first.Status);
            },
            second =>
            {
                Assert.Equal(Period.Quarter(2025, 2), second.Period);
                Assert.Null(second.Value);
                Assert.Equal(ObservationStatus.Provisional, second.Status);
            },
            third => Assert.Equal(("A1", 6.1), (third.Region, third.Value!.Value)));
    }

    [Fact]
    public void DeleteDataSetDeletesEveryKey()
    {
        var parsed = Submit.SdmxJson($$"""
            { "data": { {{Structure}}, "dataSets": [ { "action": "Delete", "series": { "0:1": { "observations": { "0": [ null ] } } } } ] } }
            """);

        Assert.Equal(SubmissionAction.Delete, Assert.Single(parsed.Observations).Action);
    }

    [Fact]
    public void KeyOutsideTheStructureIsReported()
    {
        var parsed = Submit.SdmxJson($$"""
            { "data": { {{Structure}}, "dataSets": [ { "series": { "0:7": { "observations": { "0": [ 1 ] } } } } ] } }
            """);

        var problem = Submit.Single(parsed, ProblemCodes.InvalidStructure);
        Assert.Equal("$.data.dataSets[0].series['0:7']", problem.Field);
    }

    [Fact]
    public void BadValueNamesTheObservation()
    {
        var parsed = Submit.SdmxJson($$"""
            { "data": { {{Structure}}, "dataSets": [ { "series": { "0:1": { "observations": { "0": [ "abc" ] } } } } ] } }
            """);

        var problem = Submit.Single(parsed, ProblemCodes.NotANumber);
        Assert.Equal("$.data.dataSets[0].series['0:1'].observations['0'].OBS_VALUE", problem.Field);
    }

    [Fact]
    public void MessageWithoutDataIsReported()
    {
        var parsed = Submit.SdmxJson("""{ "meta": { } }""");

        Assert.Equal("$.data", Submit.Single(parsed, ProblemCodes.InvalidStructure).Field);
    }

    [Fact]
    public void StructureOutsideTheProjectsOwnAndNoDeclaredDataflowIsRefused()
    {
        var parsed = Submit.SdmxJson("""
            { "data": { "structures": [ { "dimensions": { "series": [ { "id": "REF_AREA", "values": [ { "id": "A1" } ] } ] } } ],
              "dataSets": [ { "series": { "0": { "observations": { } } } } ] } }
            """);

        var problem = Submit.Single(parsed, ProblemCodes.UnknownDataflow);
        Assert.Contains("INDICATOR", problem.Reason, StringComparison.Ordinal);
        Assert.Contains("names no dataflow", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void MessageWithNoObservationsIsReported()
    {
        var parsed = Submit.SdmxJson($$"""{ "data": { {{Structure}}, "dataSets": [ { "series": { } } ] } }""");

        Submit.Single(parsed, ProblemCodes.NoObservations);
    }

    [Fact]
    public void MalformedJsonIsOneProblem()
    {
        var parsed = Submit.SdmxJson("{ \"data\": \n [ ");

        var problem = Assert.Single(parsed.Problems);
        Assert.Equal(ProblemCodes.MalformedJson, problem.Code);
        Assert.Equal(2, problem.Line);
    }
}
