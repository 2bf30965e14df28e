using System.Text;
using Regional.Submissions;

namespace Regional.Core.Tests.Submissions;

public class SubmissionReaderTests
{
    /// <summary>A body whose length the transport does not state, as from a chunked request.</summary>
    private sealed class UnknownLengthStream(Stream inner) : Stream
    {
        public int BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            BytesRead += read;
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    private static MemoryStream Body(string text) => new(Encoding.UTF8.GetBytes(text));

    [Fact]
    public async Task EnvelopeIsReadThroughTheEntryPoint()
    {
        var body = Body("""
            { "schema": "regional.submission/v1", "submissionId": "x-1", "source": "s", "submittedAt": "2025-10-20T08:00:00Z",
              "observations": [ { "region": "A1", "indicator": "gdp", "period": "2025", "value": 1 } ] }
            """);

        var parsed = await SubmissionReader.ReadAsync(body, "application/json", body.Length, Submit.Context());

        Assert.Empty(parsed.Problems);
        Assert.Equal("x-1", parsed.SubmissionId);
        Assert.Equal(SubmissionFormat.JsonEnvelope, parsed.Format);
    }

    [Fact]
    public async Task CsvTakesItsIdentityFromTheCaller()
    {
        var body = Body("DATAFLOW,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE\nP0:REGIONAL(1.0),A1,gdp,2025,1\n");

        var parsed = await SubmissionReader.ReadAsync(body, "text/csv", null, Submit.Context("blob-2025-10-20"));

        Assert.Empty(parsed.Problems);
        Assert.Equal("blob-2025-10-20", parsed.SubmissionId);
        Assert.Equal("Test bureau", parsed.Source);
        Assert.Single(parsed.Observations);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \r\n")]
    [InlineData("\uFEFF")]
    public async Task EmptyBodyIsOneProblem(string text)
    {
        var parsed = await SubmissionReader.ReadAsync(Body(text), "application/json", null, Submit.Context());

        Assert.Equal(ProblemCodes.EmptyBody, Assert.Single(parsed.Problems).Code);
    }

    [Fact]
    public async Task TenMegabyteBodyOfKnownLengthIsRejectedBeforeReading()
    {
        var body = new UnknownLengthStream(new MemoryStream(new byte[10 * 1024 * 1024]));

        var parsed = await SubmissionReader.ReadAsync(body, "application/json", 10 * 1024 * 1024, Submit.Context());

        Assert.Equal(ProblemCodes.TooLarge, Assert.Single(parsed.Problems).Code);
        Assert.Equal(0, body.BytesRead);
        Assert.Equal("test-001", parsed.SubmissionId);
    }

    [Fact]
    public async Task TenMegabyteBodyOfUnknownLengthIsRejectedWhileReading()
    {
        var payload = new StringBuilder("DATAFLOW,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE\n");
        while (payload.Length < 10 * 1024 * 1024)
        {
            payload.Append("P0:REGIONAL(1.0),A1,gdp,2025,1\n");
        }

        var body = new UnknownLengthStream(Body(payload.ToString()));

        var parsed = await SubmissionReader.ReadAsync(body, "text/csv", null, Submit.Context());

        Assert.Equal(ProblemCodes.TooLarge, Assert.Single(parsed.Problems).Code);
        Assert.InRange(body.BytesRead, SubmissionLimits.DefaultMaxBytes, SubmissionLimits.DefaultMaxBytes + (128 * 1024));
        Assert.Empty(parsed.Observations);
    }

    [Fact]
    public async Task MaximumSizeIsConfigurable()
    {
        var text = "DATAFLOW,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE\nP0:REGIONAL(1.0),A1,gdp,2025,1\n";

        var rejected = await SubmissionReader.ReadAsync(Body(text), "text/csv", null, Submit.Context(), new SubmissionLimits(maxBytes: 40));
        var accepted = await SubmissionReader.ReadAsync(Body(text), "text/csv", null, Submit.Context(), new SubmissionLimits(maxBytes: text.Length));

        Assert.Equal(ProblemCodes.TooLarge, Assert.Single(rejected.Problems).Code);
        Assert.Empty(accepted.Problems);
    }

    [Fact]
    public async Task UnrecognisedFormatIsOneProblem()
    {
        var parsed = await SubmissionReader.ReadAsync(Body("hello, world"), "text/plain", null, Submit.Context());

        Assert.Equal(ProblemCodes.UnknownFormat, Assert.Single(parsed.Problems).Code);
    }

    [Fact]
    public async Task MalformedJsonThroughTheEntryPointNamesItsLine()
    {
        var parsed = await SubmissionReader.ReadAsync(Body("{\n\"schema\": \"regional.submission/v1\",\n\"observations\": [\n"), "application/json", null, Submit.Context());

        var problem = Assert.Single(parsed.Problems);
        Assert.Equal(ProblemCodes.MalformedJson, problem.Code);
        Assert.NotNull(problem.Line);
    }
}
