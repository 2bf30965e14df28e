using Regional.Catalogs;
using Regional.Catalogs.Dataflows;

namespace Regional.Core.Tests.Catalogs;

public sealed class DataflowCatalogTests
{
    [Fact]
    public void DeclaredDataflowsLoadWithTheirMappings()
    {
        var catalog = CatalogLoader.Load(CatalogFolder.Fixture("exchange"));

        Assert.Equal(
            ["OECD.SDD.TPS:DSD_G20_PRICES@DF_G20_PRICES(1.0)", "ESTAT:NRG_BAL_S(*)", "ECB:EXR(1.0)"],
            catalog.Dataflows.Declared.Select(d => d.Reference.ToString()));
        var oecd = catalog.Dataflows.Declared[0];
        Assert.Equal("CN", oecd.Region("CHN"));
        Assert.Equal("AL", catalog.Dataflows.Declared[1].Region("AL"));
        Assert.Equal("geo", catalog.Dataflows.Declared[1].AreaDimension);
        Assert.Equal(0, oecd.Indicators[0].UnitMultiplier);
        Assert.Equal("*", oecd.Indicators[0].Dimensions["ADJUSTMENT"]);
        Assert.Null(catalog.Dataflows.Declared[1].Indicators[0].UnitMultiplier);
    }

    [Fact]
    public void AnyVersionIsAcceptedOnlyWhereDeclared()
    {
        var dataflows = CatalogLoader.Load(CatalogFolder.Fixture("exchange")).Dataflows;

        Assert.NotNull(dataflows.Find(new DataflowReference("ESTAT", "NRG_BAL_S", "46.0")));
        Assert.NotNull(dataflows.Find(new DataflowReference("ECB", "EXR", "1.0")));
        Assert.Null(dataflows.Find(new DataflowReference("ECB", "EXR", "2.0")));
    }

    [Fact]
    public void CatalogWithoutDataflowsFileReadsOnlyTheProjectsOwnStructure()
    {
        Assert.Empty(CatalogLoader.LoadDefault().Dataflows.Declared);
    }

    [Fact]
    public void EveryMappingProblemIsReportedWithItsPath()
    {
        using var folder = CatalogFolder.Copy("exchange");
        File.WriteAllText(Path.Combine(folder.Path, "dataflows.json"), """
            {
              "dataflows": [
                { "reference": "OECD:NOT A REF", "indicators": [] },
                { "reference": "ECB:EXR(1.0)", "areaDimension": "CURRENCY", "areaCodes": { "NZD": "XX" },
                  "indicators": [ { "indicator": "no_such", "series": { "FREQ": "A" } },
                                  { "indicator": "eur_rate", "series": { "CURRENCY": "NZD" }, "scale": 2 } ] },
                { "reference": "ECB:EXR(2.0)", "indicators": [] }
              ]
            }
            """);

        var problems = CatalogLoader.TryLoad(folder.Path).Problems.Select(p => $"{p.File} {p.Path}: {p.Reason}").ToList();

        Assert.Contains("dataflows.json $.dataflows[0].reference: 'OECD:NOT A REF' is not a dataflow reference of the form AGENCY:ID(VERSION)", problems);
        Assert.Contains("dataflows.json $.dataflows[1].areaCodes.NZD: unknown region code 'XX' (not in regions.json)", problems);
        Assert.Contains("dataflows.json $.dataflows[1].indicators[0].indicator: unknown indicator id 'no_such' (not in indicators.json)", problems);
        Assert.Contains("dataflows.json $.dataflows[1].indicators[1].series: the series key must not fix the area (CURRENCY) or the time (TIME_PERIOD) dimension", problems);
        Assert.Contains("dataflows.json $.dataflows[1].indicators[1].scale: is not a known field (misspelt?)", problems);
        Assert.Contains("dataflows.json $.dataflows[2].reference: dataflow ECB:EXR is declared more than once", problems);
    }
}
