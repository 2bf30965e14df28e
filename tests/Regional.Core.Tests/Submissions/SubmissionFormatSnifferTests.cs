using System.Text;
using Regional.Submissions;

namespace Regional.Core.Tests.Submissions;

public class SubmissionFormatSnifferTests
{
    [Theory]
    [InlineData(null, "{\"schema\":\"regional.submission/v1\"}", SubmissionFormat.JsonEnvelope)]
    [InlineData("application/json", "\uFEFF  {\"observations\":[], \"schema\":\"regional.submission/v1\"}", SubmissionFormat.JsonEnvelope)]
    [InlineData("application/json; charset=utf-8", "{\"submissionId\":\"x\"}", SubmissionFormat.JsonEnvelope)]
    [InlineData(null, "{\"meta\":{},\"data\":{\"structures\":[],\"dataSets\":[]}}", SubmissionFormat.SdmxJson)]
    [InlineData("application/json", "{\"data\":{\"dataSets\":[]}}", SubmissionFormat.SdmxJson)]
    [InlineData("application/vnd.sdmx.data+json;version=2.0.0", "{}", SubmissionFormat.SdmxJson)]
    [InlineData(null, "DATAFLOW,REF_AREA\n", SubmissionFormat.SdmxCsv1)]
    [InlineData(null, "\uFEFF\"STRUCTURE\",\"STRUCTURE_ID\"\r\n", SubmissionFormat.SdmxCsv2)]
    [InlineData("text/csv", "dataflow,ref_area\n", SubmissionFormat.SdmxCsv1)]
    [InlineData("application/vnd.sdmx.data+csv; version=2.0.0", "region,value\n", SubmissionFormat.SdmxCsv2)]
    [InlineData("text/csv", "region,value\n", SubmissionFormat.SdmxCsv1)]
    [InlineData(null, "region,value\n", SubmissionFormat.Unknown)]
    [InlineData("text/plain", "hello", SubmissionFormat.Unknown)]
    [InlineData(null, "", SubmissionFormat.Unknown)]
    public void FormatIsToldFromContentTypeAndFirstBytes(string? contentType, string body, SubmissionFormat expected)
    {
        Assert.Equal(expected, SubmissionFormatSniffer.Sniff(contentType, Encoding.UTF8.GetBytes(body)));
    }
}
