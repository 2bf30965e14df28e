using System.Globalization;

namespace Regional.Benchmarks.Storage;

/// <summary>
/// Options of the <c>storage</c> command: <c>--observations N</c> (100000), <c>--consumers 1,8</c> submissions ingested
/// at a time (one pipeline run per value, each paired with a ceiling at the transactions in flight the pipeline then
/// allows; 8 is the queue trigger's batch size in host.json), <c>--rounds N</c> (1) repetitions, <c>--location DIR</c> to persist the emulator to disk (default in memory), <c>--scorecard-regions N</c> (3000,
/// 0 skips), <c>--scorecard-indicators N</c> (18) and <c>--scorecard-reads N</c> (20).
/// </summary>
public sealed record StorageBenchmarkOptions(
    int Observations,
    IReadOnlyList<int> Consumers,
    int Rounds,
    string? Location,
    int ScorecardRegions,
    int ScorecardIndicators,
    int ScorecardReads)
{
    public static StorageBenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new StorageBenchmarkOptions(100_000, [1, 8], 1, null, 3000, 18, 20);
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--observations" => options with { Observations = Positive(value) },
                "--consumers" => options with { Consumers = List(value) },
                "--rounds" => options with { Rounds = Positive(value) },
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

    private static int[] List(string value) => [.. value.Split(',').Select(Positive).Distinct()];

    private static int Positive(string value)
    {
        var number = int.Parse(value, CultureInfo.InvariantCulture);
        return number > 0 ? number : throw new ArgumentException($"{value} is not a positive number");
    }
}
