using Regional.Testing.Fuzz;

namespace Regional.Azure.Tests.Fuzz;

/// <summary>
/// The fuzz suite at a small size: mutants of the sample files through the real pipelines on the emulator, seeded and
/// bounded in time. The large run is <c>dotnet run -c Release --project tests/Regional.Benchmarks -- fuzz</c>
/// (docs/reliability.md).
/// </summary>
public sealed class SubmissionFuzzTests(AzuriteFixture azurite) : StorageTest(azurite)
{
    private const int Mutants = 120;

    [Fact]
    public async Task MutatedSampleFilesNeverCrashHangOrVanish()
    {
        var report = await SubmissionFuzz.RunAsync(
            Azurite.ConnectionString,
            Messaging.SichuanNotifications.Catalog,
            Mutants,
            seed: 20251020,
            timeLimit: TimeSpan.FromSeconds(40),
            perMutant: TimeSpan.FromSeconds(30));

        Assert.True(report.Clean, report + Environment.NewLine + string.Join(Environment.NewLine, report.Failures));
        Assert.True(report.Mutants >= 30, $"only {report} within the time bound");
        Assert.True(report.Accepted > 0 && report.Rejected > 0, $"the mutants should be both accepted and rejected: {report}");
    }

    [Fact]
    public void EveryMutantIsRebuiltFromItsSeedAndNumberAlone()
    {
        var samples = Regional.Sample.SampleDataGenerator.Generate(Messaging.SichuanNotifications.Catalog, Regional.Sample.SampleDataGenerator.DefaultSeed).Envelopes;

        var first = new SubmissionMutator(samples, 7).Create(42);
        var again = new SubmissionMutator(samples, 7).Create(42);

        Assert.Equal(first.Payload, again.Payload);
        Assert.Equal(first.Description, again.Description);
    }
}
