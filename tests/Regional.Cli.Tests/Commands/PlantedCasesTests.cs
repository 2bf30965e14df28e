using System.Text.Json;
using Regional.Catalogs;
using Regional.Sample;

namespace Regional.Cli.Tests.Commands;

/// <summary>
/// The acceptance test of engine and generator together: evaluating the synthetic sample file by file, period by
/// period, finds exactly the cases the generator planted, no more and no fewer, each in a period the manifest names.
/// </summary>
public sealed class PlantedCasesTests
{
    [Fact]
    public async Task EvaluatingTheSampleFindsExactlyThePlantedCases()
    {
        using var sample = await SampleFiles.WriteAsync();
        var found = new List<(string Period, Key Key)>();
        foreach (var period in sample.Manifest.Periods)
        {
            var result = await Cli.RunAsync([.. new[] { "evaluate", "--period", period, "--format", "json", "--data" }.Concat(sample.Files)]);
            Assert.True(result.ExitCode == 0, result.ToString());
            using var json = JsonDocument.Parse(result.Output);
            found.AddRange(json.RootElement.GetProperty("findings").EnumerateArray()
                .Where(f => Enum.Parse<Severity>(f.GetProperty("severity").GetString()!, ignoreCase: true) >= Severity.Warning)
                .Select(f => (period, KeyOf(sample.Manifest, f))));
        }

        var planted = sample.Manifest.Cases.Select(c => new Key(c.RegionCode, c.RuleId, c.IndicatorId)).ToHashSet();
        Assert.Equal(planted.Order(), found.Select(f => f.Key).ToHashSet().Order());
        Assert.All(found, f => Assert.True(
            sample.Manifest.Cases.Any(c => new Key(c.RegionCode, c.RuleId, c.IndicatorId) == f.Key && c.Periods.Contains(f.Period)),
            $"{f.Key} was found in {f.Period}, a period no planted case names"));
    }

    [Fact]
    public async Task EveryPlantedCaseIsFoundInTheQuarterItIsPlanted()
    {
        using var sample = await SampleFiles.WriteAsync();
        var q3 = await Cli.RunAsync([.. new[] { "evaluate", "--period", "2025-Q3", "--format", "json", "--data" }.Concat(sample.Files)]);
        using var json = JsonDocument.Parse(q3.Output);

        var keys = json.RootElement.GetProperty("findings").EnumerateArray().Select(f => KeyOf(sample.Manifest, f)).ToHashSet();

        Assert.All(
            sample.Manifest.Cases.Where(c => c.Periods.Contains("2025-Q3")),
            c => Assert.Contains(new Key(c.RegionCode, c.RuleId, c.IndicatorId), keys));
    }

    /// <summary>A finding's key; a case planted for every indicator ("*") matches the region and rule whatever the indicator.</summary>
    private static Key KeyOf(SampleManifest manifest, JsonElement finding)
    {
        var key = new Key(finding.GetProperty("regionCode").GetString()!, finding.GetProperty("ruleId").GetString()!, finding.GetProperty("indicatorId").GetString()!);
        return manifest.Cases.Any(c => c.IndicatorId == "*" && c.RegionCode == key.Region && c.RuleId == key.Rule) ? key with { Indicator = "*" } : key;
    }

    private sealed record Key(string Region, string Rule, string Indicator) : IComparable<Key>
    {
        public int CompareTo(Key? other) => string.CompareOrdinal(ToString(), other?.ToString());
    }
}
