using System.Text;
using CsCheck;
using Regional.Submissions;

namespace Regional.Core.Tests.Submissions;

/// <summary>Whatever bytes arrive, the readers answer with problems, never with an exception.</summary>
public class ReaderRobustnessTests
{
    private const string ValidEnvelope = """
        { "schema": "regional.submission/v1", "submissionId": "x", "source": "s", "submittedAt": "2025-10-20T08:00:00Z",
          "observations": [ { "region": "A1", "indicator": "gdp", "period": "2025-Q3", "value": 5.9, "status": "final" } ] }
        """;

    private const string ValidCsv = "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,FREQ,TIME_PERIOD,OBS_VALUE,OBS_STATUS\r\ndataflow,P0:REGIONAL(1.0),I,A1,gdp,Q,2025-Q3,\"5.9\",A\r\n";

    private const string ValidSdmxJson = """
        { "data": { "structures": [ { "dimensions": { "series": [ { "id": "REF_AREA", "values": [ { "id": "A1" } ] }, { "id": "INDICATOR", "values": [ { "id": "gdp" } ] } ],
          "observation": [ { "id": "TIME_PERIOD", "values": [ { "id": "2025" } ] } ] } } ],
          "dataSets": [ { "series": { "0:0": { "observations": { "0": [ 1.5 ] } } } } ] } }
        """;

    private static readonly string[] ContentTypes = ["application/json", "text/csv", "application/vnd.sdmx.data+json", "application/vnd.sdmx.data+csv"];

    private static void ReadsWithoutThrowing(byte[] payload)
    {
        foreach (var contentType in ContentTypes)
        {
            var parsed = SubmissionReader.Read(payload, contentType, Submit.Context());
            Assert.False(parsed.Problems.IsDefault);
            Assert.False(parsed.Observations.IsDefault);
        }
    }

    [Fact]
    public void RandomBytesNeverThrowOutOfTheReaders()
    {
        Gen.Byte.Array[0, 400].Sample(ReadsWithoutThrowing, iter: 3000);
    }

    [Fact]
    public void CorruptedValidPayloadsNeverThrowOutOfTheReaders()
    {
        var payloads = Gen.OneOf(ValidEnvelope, ValidCsv, ValidSdmxJson).Select(text => Encoding.UTF8.GetBytes(text));
        Gen.Select(payloads, Gen.Int[0, 4000], Gen.Byte.Array[0, 8], Gen.Int[0, 8]).Sample(
            (payload, at, inserted, removed) =>
            {
                var position = at % (payload.Length + 1);
                var keep = Math.Min(removed, payload.Length - position);
                var corrupted = payload[..position].Concat(inserted).Concat(payload[(position + keep)..]).ToArray();
                ReadsWithoutThrowing(corrupted);
            },
            iter: 3000);
    }

    [Fact]
    public void ValidPayloadsUsedForCorruptionAreThemselvesValid()
    {
        Assert.Empty(SubmissionReader.Read(Encoding.UTF8.GetBytes(ValidEnvelope), null, Submit.Context()).Problems);
        Assert.Empty(SubmissionReader.Read(Encoding.UTF8.GetBytes(ValidCsv), null, Submit.Context()).Problems);
        Assert.Empty(SubmissionReader.Read(Encoding.UTF8.GetBytes(ValidSdmxJson), null, Submit.Context()).Problems);
    }
}
