using System.Collections.Frozen;
using System.Collections.Immutable;
using Regional.Catalogs;
using Regional.Observations;
using Regional.Periods;
using Regional.Submissions;
using Regional.Submissions.Validation;

namespace Regional.Core.Tests.Submissions.Dataflows;

public sealed class DataflowMappingTests
{
    [Fact]
    public void RealOecdResponseIsMappedToCatalogRegionAndIndicator()
    {
        var parsed = SdmxSamples.Read("oecd-g20-prices-chn.csv");

        Assert.Empty(parsed.Problems);
        Assert.Equal(SubmissionFormat.SdmxCsv1, parsed.Format);
        Assert.Equal(41, parsed.Observations.Length);
        Assert.All(parsed.Observations, o => Assert.Equal(("CN", "cpi_growth"), (o.Region, o.Indicator)));
        var first = parsed.Observations[0];
        Assert.Equal(Period.Annual(1985), first.Period);
        Assert.Equal(9.3, first.Value);
        Assert.Equal(ObservationStatus.Final, first.Status);
        Assert.Equal(2, first.Line);
        Assert.Equal(-0.8, parsed.Observations.Single(o => o.Period == Period.Annual(1998)).Value);
        Assert.Equal(0, parsed.Ignored);
    }

    [Fact]
    public void MappedOecdFiguresPassTheCatalogsChecks()
    {
        var parsed = SdmxSamples.Read("oecd-g20-prices-chn.csv");

        var verdict = new SubmissionValidator(SdmxSamples.Catalog).Validate(parsed, SdmxSamples.Now);

        Assert.Empty(verdict.Problems);
        Assert.Equal(41, verdict.Accepted.Length);
        Assert.All(verdict.Accepted, a => Assert.Equal(Basis.PeriodGrowth, a.Basis));
    }

    [Fact]
    public void SeriesNoMappingSelectsAreCountedAsIgnoredAndNamed()
    {
        // The same real rows, half of them moved to the month-on-month transformation, which no mapping selects.
        var lines = SdmxSamples.Text("oecd-g20-prices-chn.csv").Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var text = string.Join("\n", lines.Select((line, i) => i > 0 && i % 2 == 0 ? line.Replace(",GY,", ",G1,", StringComparison.Ordinal) : line));

        var parsed = SdmxSamples.Read(text, SdmxSamples.Catalog);

        Assert.Empty(parsed.Problems);
        Assert.Equal(20, parsed.Ignored);
        Assert.Equal(21, parsed.Observations.Length);
        var series = Assert.Single(parsed.IgnoredSeries);
        Assert.Contains("REF_AREA=CHN", series, StringComparison.Ordinal);
        Assert.Contains("TRANSFORMATION=G1", series, StringComparison.Ordinal);
    }

    [Fact]
    public void ValueInThousandsIsConvertedToTheIndicatorsUnit()
    {
        var text = SdmxSamples.Text("oecd-g20-prices-chn.csv").Replace(",A,0,,,1\r", ",A,-1,,,1\r", StringComparison.Ordinal);

        var parsed = SdmxSamples.Read(text, SdmxSamples.Catalog);

        Assert.Empty(parsed.Problems);
        Assert.Equal(0.93, parsed.Observations[0].Value!.Value, 12);
    }

    [Fact]
    public void UnitMultiplierWithoutADeclaredIndicatorMultiplierIsRefusedWithTheReason()
    {
        // Eurostat's mapping declares no unit multiplier: a value in thousands of GWh cannot be taken as GWh.
        var text = SdmxSamples.Text("estat-nrg-bal-s.xml").Replace("<Obs TIME_PERIOD=\"1990\" OBS_VALUE=\"6644.088\"/>", "<Obs TIME_PERIOD=\"1990\" OBS_VALUE=\"6.644088\" UNIT_MULT=\"3\"/>", StringComparison.Ordinal);

        var parsed = SdmxSamples.Read(text, SdmxSamples.Catalog);

        var problem = Submit.Single(parsed, ProblemCodes.UnitMultiplier);
        Assert.Equal("UNIT_MULT", problem.Field);
        Assert.Equal(22, problem.Line);
        Assert.Contains("10^3", problem.Reason, StringComparison.Ordinal);
        Assert.Contains("energy_final_gwh", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void DecimalsRoundTheValueAsSent()
    {
        var text = SdmxSamples.Text("oecd-g20-prices-chn.csv").Replace(",9.3,A,0,,,1\r", ",9.34999,A,0,,,1\r", StringComparison.Ordinal);

        var parsed = SdmxSamples.Read(text, SdmxSamples.Catalog);

        Assert.Equal(9.3, parsed.Observations[0].Value);
    }

    [Fact]
    public void UndeclaredDataflowIsRefusedListingTheDeclaredOnes()
    {
        var text = SdmxSamples.Text("oecd-g20-prices-chn.csv").Replace("DSD_G20_PRICES@DF_G20_PRICES", "DSD_PRICES@DF_PRICES_ALL", StringComparison.Ordinal);

        var parsed = SdmxSamples.Read(text, SdmxSamples.Catalog);

        var problem = Submit.Single(parsed, ProblemCodes.UnknownDataflow);
        Assert.Equal(2, problem.Line);
        Assert.Equal("DATAFLOW", problem.Field);
        Assert.Contains("'OECD.SDD.TPS:DSD_PRICES@DF_PRICES_ALL(1.0)' is not declared", problem.Reason, StringComparison.Ordinal);
        Assert.Contains("declared: OECD.SDD.TPS:DSD_G20_PRICES@DF_G20_PRICES(1.0), ESTAT:NRG_BAL_S(*), ECB:EXR(1.0)", problem.Reason, StringComparison.Ordinal);
        Assert.Empty(parsed.Observations);
    }

    [Fact]
    public void RealOecdResponseWithoutAMappingIsRefusedNotReadAsIndicatorColumnMissing()
    {
        var parsed = SdmxSamples.Read(SdmxSamples.Text("oecd-g20-prices-chn.csv"), CatalogLoader.LoadDefault());

        var problem = Assert.Single(parsed.Problems);
        Assert.Equal(ProblemCodes.UnknownDataflow, problem.Code);
        Assert.Contains("the catalog declares no dataflow of its own", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ProjectsOwnStructureStaysTheDefaultMapping()
    {
        var parsed = SdmxSamples.Read(
            "DATAFLOW,REF_AREA,INDICATOR,FREQ,TIME_PERIOD,OBS_VALUE,OBS_STATUS\n" +
            "RG:SICHUAN(1.0),510100,gdp_growth,Q,2025-Q3,5.9,A\n",
            CatalogLoader.LoadDefault());

        Assert.Empty(parsed.Problems);
        Assert.Equal(new ObservationKey("510100", "gdp_growth", Period.Quarter(2025, 3)), Assert.Single(parsed.Observations).Key);
    }

    [Fact]
    public void Version20LabelsNameColumnsAreSkipped()
    {
        var catalog = MdTestCatalog();

        var parsed = SdmxSamples.Read(SdmxSamples.Text("pysdmx-csv20-labels-name.csv"), catalog);

        Assert.Empty(parsed.Problems);
        Assert.Equal(SubmissionFormat.SdmxCsv2, parsed.Format);
        var observation = Assert.Single(parsed.Observations);
        Assert.Equal(new ObservationKey("CN", "cpi_growth", Period.Annual(2020)), observation.Key);
        Assert.Equal(1, observation.Value);
    }

    [Theory]
    [InlineData("pysdmx-csv10-labels-both.csv", SubmissionFormat.SdmxCsv1)]
    [InlineData("pysdmx-csv21-labels-both.csv", SubmissionFormat.SdmxCsv2)]
    [InlineData("pysdmx-csv21-keys-both.csv", SubmissionFormat.SdmxCsv2)]
    public void LabelledHeadersAndCellsAndKeyColumnsAreRead(string sample, SubmissionFormat format)
    {
        var parsed = SdmxSamples.Read(SdmxSamples.Text(sample), MdTestCatalog());

        Assert.Empty(parsed.Problems);
        Assert.Equal(format, parsed.Format);
        var observation = Assert.Single(parsed.Observations);
        Assert.Equal(new ObservationKey("CN", "cpi_growth", Period.Annual(2020)), observation.Key);
        Assert.Equal(1, observation.Value);
    }

    /// <summary>The exchange catalog with a mapping for the pysdmx test structure MD:MD_TEST: DIM1 is the area, DIM2=B the indicator.</summary>
    private static Catalog MdTestCatalog() => SdmxSamples.Catalog with
    {
        Dataflows = new Regional.Catalogs.Dataflows.DataflowSet(
        [
            new Regional.Catalogs.Dataflows.DataflowMapping(
                new Regional.Catalogs.Dataflows.DataflowReference("MD", "MD_TEST", "1.0"),
                "DIM1",
                "TIME_PERIOD",
                new Dictionary<string, string> { ["A"] = "CN" }.ToFrozenDictionary(StringComparer.Ordinal),
                [new Regional.Catalogs.Dataflows.SeriesSelector("cpi_growth", new SortedDictionary<string, string> { ["DIM2"] = "B" }.ToImmutableSortedDictionary())]),
        ]),
    };
}
