using System.Globalization;

namespace Regional.Benchmarks.Storage;

/// <summary>
/// Options of the <c>storage</c> command: <c>--observations N</c> (100000), <c>--consumers N</c> submissions ingested at a
/// time (1), <c>--raw-parallel 1,4</c> transactions in flight for the ceiling, <c>--location DIR</c> to persist the
/// emulator to disk (default in memory), <c>--scorecard-regions N</c> (3000, 0 skips), <c>--scorecard-indicators N</c>
/// (18) and <c>--scorecard-reads N</c> (20).
/// </summary>
public sealed record StorageBenchmarkOptions(
    int Observations,
    int Consumers,
    IReadOnlyList<int> RawParallelism,
    string? Location,
    int ScorecardRegions,
    int ScorecardIndicators,
    int ScorecardReads)
{
    public static StorageBenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new StorageBenchmarkOptions(100_000, 1, [1, 4], null, 3000, 18, 20);
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--observations" => options with { Observations = Positive(value) },
                "--consumers" => options with { Consumers = Positive(value) },
                "--raw-parallel" => options with { RawParallelism = [.. value.Split(',').Select(Positive)] },
                "--location" => options with { Location = Path.GetFullPath(value) },
                "--scorecard-regions" => options with { ScorecardRegions = int.Parse(value, CultureInfo.InvariantCulture) },
                "--scorecard-indicators" => options with { ScorecardIndicators = Positive(value) },
                "--scorecard-reads" => options with { ScorecardReads = Positive(value) },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
            i++;
        }

        return options;
    }

    private static int Positive(string value)
    {
        var number = int.Parse(value, CultureInfo.InvariantCulture);
        return number > 0 ? number : throw new ArgumentException($"{value} is not a positive number");
    }
}
