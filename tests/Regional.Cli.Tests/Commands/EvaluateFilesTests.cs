using System.Text.Json;
using Microsoft.VisualBasic.FileIO;

namespace Regional.Cli.Tests.Commands;

public sealed class EvaluateFilesTests
{
    [Fact]
    public async Task JsonOutputIsTheFullResultOfThePeriod()
    {
        using var sample = await SampleFiles.WriteAsync();

        var result = await Cli.RunAsync([.. new[] { "evaluate", "--period", "2025-Q3", "--format", "json", "--data" }.Concat(sample.Of("2025-Q2", "2025-Q3"))]);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal("2025-Q3", root.GetProperty("period").GetString());
        Assert.Equal("sichuan", root.GetProperty("catalogId").GetString());
        Assert.Equal(22, root.GetProperty("scorecards").GetArrayLength()); // the province and its 21 prefectures
        Assert.True(root.GetProperty("findings").GetArrayLength() > 0);
        Assert.Contains(root.GetProperty("transitions").EnumerateArray(), t => t.GetProperty("messageZh").GetString()!.Length > 0);
        Assert.True(root.GetProperty("alerts").GetArrayLength() > 0);
    }

    [Fact]
    public async Task CsvOutputHasOneRowPerRegionAndIndicatorUnderItsHeader()
    {
        using var sample = await SampleFiles.WriteAsync();

        var result = await Cli.RunAsync([.. new[] { "evaluate", "--period", "2025-Q2", "--format", "csv", "--data" }.Concat(sample.Of("2025-Q1", "2025-Q2"))]);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var csv = new TextFieldParser(new StringReader(result.Output)) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        csv.SetDelimiters(",");
        var header = csv.ReadFields()!;
        var rows = new List<string[]>();
        while (!csv.EndOfData)
        {
            var row = csv.ReadFields()!;
            Assert.Equal(header.Length, row.Length);
            rows.Add(row);
        }

        Assert.Equal(22, rows.Select(r => r[Array.IndexOf(header, "region_code")]).Distinct().Count()); // the province and its 21 prefectures
        Assert.All(rows, r => Assert.Equal("2025-Q2", r[0]));
        Assert.Contains(rows, r => r[Array.IndexOf(header, "region_name")] == "Panzhihua" && r[Array.IndexOf(header, "indicator")] == "gdp_growth" && r[Array.IndexOf(header, "band")] == "lagging");
    }

    [Fact]
    public async Task TableOutputShowsTheScorecardAndTheAlertsItWouldRaise()
    {
        using var sample = await SampleFiles.WriteAsync();

        var result = await Cli.RunAsync([.. new[] { "evaluate", "--period", "2025-Q3", "--data" }.Concat(sample.Of("2025-Q2", "2025-Q3"))]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("scorecard 2025-Q3", result.Output);
        Assert.Contains("Panzhihua 攀枝花市", result.Output);
        Assert.Contains("lagging ×2", result.Output);
        Assert.Contains("below the quota", result.Output);
        Assert.Contains("Alert transitions", result.Output);
        Assert.Contains("连续第2个季度落后", result.Output);
    }

    [Fact]
    public async Task SdmxCsvFilesAreEvaluatedLikeEnvelopes()
    {
        using var folder = new TempFolder();
        var file = folder.File("chengdu.csv");
        await File.WriteAllTextAsync(file, "DATAFLOW,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE\nREGIONAL:DF(1.0),510100,gdp_growth,2025-Q3,5.1\n");

        var result = await Cli.RunAsync("evaluate", "--period", "2025-Q3", "--format", "csv", "--data", file);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("2025-Q3,510100,Chengdu,chengdu-plain,gdp_growth,5.1,", result.Output);
    }
}
