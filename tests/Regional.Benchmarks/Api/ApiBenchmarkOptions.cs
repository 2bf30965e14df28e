using System.Globalization;

namespace Regional.Benchmarks.Api;

/// <summary>
/// Options of the <c>api</c> command: <c>--regions N</c> (3000), <c>--indicators N</c> (18), <c>--quarters N</c> of
/// evaluations stored (8: two years), <c>--reads N</c> timed calls per endpoint (30).
/// </summary>
public sealed record ApiBenchmarkOptions(int Regions, int Indicators, int Quarters, int Reads)
{
    public static ApiBenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new ApiBenchmarkOptions(3000, 18, 8, 30);
        for (var i = 0; i < args.Count; i += 2)
        {
            var value = i + 1 < args.Count ? Positive(args[i + 1]) : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--regions" => options with { Regions = value },
                "--indicators" => options with { Indicators = value },
                "--quarters" => options with { Quarters = value },
                "--reads" => options with { Reads = value },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        return options;
    }

    private static int Positive(string value)
    {
        var number = int.Parse(value, CultureInfo.InvariantCulture);
        return number > 0 ? number : throw new ArgumentException($"{value} is not a positive number");
    }
}
