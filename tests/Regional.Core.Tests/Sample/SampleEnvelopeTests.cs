using System.Text.Json;
using Regional.Periods;
using Regional.Sample;
using Regional.Submissions.Envelope;

namespace Regional.Core.Tests.Sample;

public sealed class SampleEnvelopeTests
{
    [Fact]
    public void SameSeedGivesByteIdenticalEnvelopesAndManifest()
    {
        var catalog = SampleReplay.Sichuan();

        var first = SampleDataGenerator.Generate(catalog, 42);
        var second = SampleDataGenerator.Generate(catalog, 42);

        Assert.Equal(first.Envelopes.Length, second.Envelopes.Length);
        Assert.All(
            first.Envelopes.Zip(second.Envelopes),
            pair => Assert.Equal(EnvelopeJson.Serialize(pair.First), EnvelopeJson.Serialize(pair.Second)));
        Assert.Equal(SampleDataWriter.SerializeManifest(first.Manifest), SampleDataWriter.SerializeManifest(second.Manifest));
    }

    [Fact]
    public void AnotherSeedMovesTheBackgroundButKeepsThePlantedCases()
    {
        var catalog = SampleReplay.Sichuan();

        var first = SampleDataGenerator.Generate(catalog, 1);
        var second = SampleDataGenerator.Generate(catalog, 2);

        Assert.NotEqual(
            first.Envelopes.Select(e => Convert.ToBase64String(EnvelopeJson.Serialize(e))),
            second.Envelopes.Select(e => Convert.ToBase64String(EnvelopeJson.Serialize(e))));
        Assert.Equal(
            first.Manifest.Cases.Select(c => (c.Id, c.RegionCode, c.RuleId, string.Join(",", c.Periods))),
            second.Manifest.Cases.Select(c => (c.Id, c.RegionCode, c.RuleId, string.Join(",", c.Periods))));
    }

    [Fact]
    public void EverySourceSaysTheDataIsSynthetic()
    {
        var sample = SampleReplay.Generate();

        Assert.All(sample.Data.Envelopes, e => Assert.Contains("synthetic", e.Source, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(sample.Data.Manifest.Notes, n => n.Contains("synthetic", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void EnvelopesAreSubmittedAfterTheirQuarterEndsAndInTimeOrder()
    {
        var sample = SampleReplay.Generate();

        Assert.All(sample.Data.Envelopes, e =>
        {
            Assert.Equal(SubmissionEnvelope.SchemaV1, e.Schema);
            Assert.Matches("^[A-Za-z0-9._:-]{1,128}$", e.SubmissionId);
            Assert.Equal(TimeSpan.FromHours(8), e.SubmittedAt.Offset);
            Assert.All(e.Observations, o => Assert.True(e.SubmittedAt > Period.Parse(o.Period).EndExclusive));
        });
        Assert.Equal(sample.Data.Envelopes.OrderBy(e => e.SubmittedAt), sample.Data.Envelopes);
        Assert.Equal(sample.Data.Envelopes.Length, sample.Data.Envelopes.Select(e => e.SubmissionId).Distinct().Count());
    }

    [Fact]
    public void EveryRegionReportsEveryReportedIndicatorEachQuarter()
    {
        var sample = SampleReplay.Generate();
        var reported = sample.Catalog.Indicators.Where(i => i.Derivation is null).ToList();

        foreach (var region in sample.Catalog.Regions)
        {
            foreach (var period in SampleReplay.Quarters)
            {
                var expected = region.Code == "513200" && period == Period.Quarter(2025, 3) ? 0 : reported.Count;
                Assert.Equal(expected, reported.Count(i => sample.Set.Latest(region.Code, i.Id, period) is not null));
            }
        }
    }

    [Fact]
    public void EnvelopeJsonUsesTheSubmissionFieldNames()
    {
        var envelope = SampleReplay.Generate().Data.Envelopes.First(e => e.SubmissionId.EndsWith("-revision", StringComparison.Ordinal));

        using var json = JsonDocument.Parse(EnvelopeJson.Serialize(envelope));
        var root = json.RootElement;
        var observation = root.GetProperty("observations")[0];

        Assert.Equal("regional.submission/v1", root.GetProperty("schema").GetString());
        Assert.Equal(envelope.SubmissionId, root.GetProperty("submissionId").GetString());
        Assert.Equal("2025-08-25T10:00:00+08:00", root.GetProperty("submittedAt").GetString());
        Assert.Equal("511700", observation.GetProperty("region").GetString());
        Assert.Equal("gdp_growth", observation.GetProperty("indicator").GetString());
        Assert.Equal("2025-Q2", observation.GetProperty("period").GetString());
        Assert.Equal("revised", observation.GetProperty("status").GetString());
        Assert.False(observation.TryGetProperty("basis", out _));
    }

    [Fact]
    public void EnvelopesReadBackIntoTheSameRecords()
    {
        var envelope = SampleReplay.Generate().Data.Envelopes[0];

        var read = JsonSerializer.Deserialize<SubmissionEnvelope>(EnvelopeJson.Serialize(envelope), EnvelopeJson.Options)!;

        Assert.Equal(envelope.SubmissionId, read.SubmissionId);
        Assert.Equal(envelope.SubmittedAt, read.SubmittedAt);
        Assert.Equal(envelope.Observations.AsEnumerable(), read.Observations.AsEnumerable());
    }

    [Fact]
    public async Task WriterWritesOneFilePerEnvelopeInSubmissionOrderAndTheManifestApart()
    {
        var sample = SampleReplay.Generate().Data;
        var folder = Directory.CreateTempSubdirectory("regional-sample-").FullName;
        try
        {
            var paths = await SampleDataWriter.WriteAsync(sample, folder);

            var files = Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToArray();
            Assert.Equal(paths.Order(StringComparer.Ordinal), files);
            Assert.Equal(sample.Envelopes.Length, files.Length);
            Assert.All(files.Zip(sample.Envelopes), pair => Assert.Equal(EnvelopeJson.Serialize(pair.Second), File.ReadAllBytes(pair.First)));
            var manifest = Path.Combine(folder, SampleDataWriter.ManifestFolderName, SampleDataWriter.ManifestFileName);
            Assert.Equal(SampleDataWriter.SerializeManifest(sample.Manifest), File.ReadAllBytes(manifest));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
