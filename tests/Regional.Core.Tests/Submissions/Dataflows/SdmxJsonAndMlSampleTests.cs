using Regional.Observations;
using Regional.Periods;
using Regional.Submissions;

namespace Regional.Core.Tests.Submissions.Dataflows;

public sealed class SdmxJsonAndMlSampleTests
{
    [Fact]
    public void RealEurostatStructureSpecificMessageIsReadThroughItsMapping()
    {
        var parsed = SdmxSamples.Read("estat-nrg-bal-s.xml");

        Assert.Empty(parsed.Problems);
        Assert.Equal(SubmissionFormat.SdmxMl21, parsed.Format);
        Assert.Equal(33, parsed.Observations.Length);
        var first = parsed.Observations[0];
        Assert.Equal(new ObservationKey("AL", "energy_final_gwh", Period.Annual(1990)), first.Key);
        Assert.Equal(6644.088, first.Value);
        Assert.Equal(22, first.Line);
        Assert.Equal(1668.153, parsed.Observations[^1].Value);
    }

    [Fact]
    public void StructureSpecificMessageIsRecognisedByMediaType()
    {
        var parsed = SdmxSamples.Read("estat-nrg-bal-s.xml", "application/vnd.sdmx.structurespecificdata+xml;version=2.1");

        Assert.Equal(SubmissionFormat.SdmxMl21, parsed.Format);
        Assert.Empty(parsed.Problems);
    }

    [Fact]
    public void MalformedXmlIsReportedWithItsLine()
    {
        var text = SdmxSamples.Text("estat-nrg-bal-s.xml").Replace("</Series>", "</Serie>", StringComparison.Ordinal);

        var parsed = SdmxSamples.Read(text, SdmxSamples.Catalog);

        var problem = Submit.Single(parsed, ProblemCodes.MalformedXml);
        Assert.Equal(55, problem.Line);
    }

    [Fact]
    public void DocumentTypeDefinitionsAreRefused()
    {
        var text = "<?xml version=\"1.0\"?><!DOCTYPE m [<!ENTITY x \"y\">]>" + SdmxSamples.Text("estat-nrg-bal-s.xml")[39..];

        var parsed = SdmxSamples.Read(text, SdmxSamples.Catalog);

        Assert.Contains(parsed.Problems, p => p.Code == ProblemCodes.MalformedXml);
        Assert.Empty(parsed.Observations);
    }

    [Theory]
    [InlineData("exr-flat.json")]
    [InlineData("exr-time-series.json")]
    public void RealEcbMessagesOfDailySeriesAreIgnoredByAnAnnualMapping(string sample)
    {
        // SDMX-JSON 1.0 (exr-flat, dataflow named by a REST link) and 2.0 (exr-time-series, by a URN) of ECB:EXR(1.0):
        // the catalog maps only annual rates, so the four daily observations are counted, not stored and not errors.
        var parsed = SdmxSamples.Read(sample);

        Assert.Equal(SubmissionFormat.SdmxJson, parsed.Format);
        Assert.DoesNotContain(parsed.Problems, p => p.Code == ProblemCodes.UnknownDataflow);
        Assert.Empty(parsed.Observations);
        Assert.Equal(4, parsed.Ignored);
        Assert.Equal(2, parsed.IgnoredSeries.Length);
        Assert.StartsWith("CURRENCY=NZD, ", parsed.IgnoredSeries[0], StringComparison.Ordinal);
        Assert.EndsWith("FREQ=D", parsed.IgnoredSeries[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("exr-flat.json")]
    [InlineData("exr-time-series.json")]
    public void RealEcbMessagesMappedAtTheirOwnFrequencyReachThePeriodCheck(string sample)
    {
        var catalog = SdmxSamples.Catalog with
        {
            Dataflows = new Regional.Catalogs.Dataflows.DataflowSet(
            [
                SdmxSamples.Catalog.Dataflows.Declared.Single(d => d.Reference.Agency == "ECB") is var ecb
                    ? ecb with { Indicators = [ecb.Indicators[0] with { Dimensions = ecb.Indicators[0].Dimensions.SetItem("FREQ", "D") }] }
                    : throw new InvalidOperationException(),
            ]),
        };

        var parsed = SdmxSamples.Read(SdmxSamples.Text(sample), catalog);

        // Region and indicator come from the mapping; the project has no daily periods, which the reason says.
        Assert.Equal(4, parsed.Problems.Count(p => p.Code == ProblemCodes.InvalidPeriod));
        Assert.Contains(parsed.Problems, p => p.Field!.EndsWith(".TIME_PERIOD", StringComparison.Ordinal));
        Assert.Equal(0, parsed.Ignored);
    }
}
