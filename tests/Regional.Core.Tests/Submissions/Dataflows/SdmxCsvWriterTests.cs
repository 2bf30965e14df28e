using System.Text;
using Regional.Catalogs;
using Regional.Observations;
using Regional.Periods;
using Regional.Submissions;
using Regional.Submissions.Sdmx;
using Regional.Submissions.Validation;

namespace Regional.Core.Tests.Submissions.Dataflows;

public sealed class SdmxCsvWriterTests
{
    private static readonly Catalog Sichuan = CatalogLoader.LoadDefault();

    [Fact]
    public void FiguresAreWrittenAsSdmxCsv20InTheProjectsOwnStructure()
    {
        var text = Write([new Observation("510100", "gdp", Period.Quarter(2025, 3), 17000.25, Basis.Level, ObservationStatus.Final)]);

        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,FREQ,TIME_PERIOD,OBS_VALUE,OBS_STATUS,UNIT_MEASURE", lines[0]);
        Assert.Equal($"dataflow,REGIONAL:sichuan({Sichuan.Info.Version}),I,510100,gdp,Q,2025-Q3,17000.25,A,{Sichuan.FindIndicator("gdp")!.Unit}", lines[1]);
    }

    [Fact]
    public void ReadingTheExportBackGivesIdenticalFigures()
    {
        Observation[] figures =
        [
            new("510100", "gdp_growth", Period.Quarter(2025, 3), 5.9, Basis.YtdGrowth, ObservationStatus.Final),
            new("510100", "gdp", Period.Quarter(2025, 3), 17000.123456789012, Basis.Level, ObservationStatus.Provisional),
            new("510400", "gdp_growth", Period.Quarter(2025, 3), -0.1 + 0.2, Basis.YtdGrowth, ObservationStatus.Final),
            new("510400", "gdp", Period.Annual(2024), 1e-7, Basis.Level, ObservationStatus.Final),
        ];

        var parsed = SubmissionReader.Read(Encoding.UTF8.GetBytes(Write(figures)), "application/vnd.sdmx.data+csv; version=2.0.0", Submit.Context(), dataflows: Sichuan.Dataflows);
        var verdict = new SubmissionValidator(Sichuan).Validate(parsed, new DateTimeOffset(2025, 10, 20, 0, 0, 0, TimeSpan.Zero));

        Assert.Empty(verdict.Problems);
        Assert.Equal(SubmissionFormat.SdmxCsv2, parsed.Format);
        var back = verdict.Accepted.Select(a => a.ToObservation(1)!).ToDictionary(o => o.Key);
        Assert.Equal(figures.Length, back.Count);
        foreach (var figure in figures)
        {
            var read = back[figure.Key];
            Assert.Equal(figure.Value, read.Value);
            Assert.Equal(figure.Basis, read.Basis);
            Assert.Equal(figure.Status, read.Status);
        }
    }

    [Fact]
    public void UnitWithACommaIsQuoted()
    {
        var catalog = Sichuan with { Indicators = [.. Sichuan.Indicators.Select(i => i.Id == "gdp" ? i with { Unit = "100 million yuan, current prices" } : i)] };
        using var text = new StringWriter();

        SdmxCsvWriter.Write(catalog, [new Observation("510100", "gdp", Period.Annual(2024), 1, Basis.Level)], text);

        Assert.EndsWith(",P,\"100 million yuan, current prices\"\r\n", text.ToString(), StringComparison.Ordinal);
    }

    private static string Write(IEnumerable<Observation> figures)
    {
        using var text = new StringWriter();
        SdmxCsvWriter.Write(Sichuan, figures, text);
        return text.ToString();
    }
}
