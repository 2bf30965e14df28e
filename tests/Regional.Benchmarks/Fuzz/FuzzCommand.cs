using System.Globalization;
using Regional.Catalogs;
using Regional.Testing;
using Regional.Testing.Fuzz;

namespace Regional.Benchmarks.Fuzz;

/// <summary>
/// <c>fuzz [--mutants N] [--seed S] [--first K] [--minutes M] [--storage C]</c> (mutants K to K+N−1, so one that failed is
/// run again alone with <c>--first K --mutants 1</c>): the fuzz suite at a large size (10,000 mutants by
/// default, at most 60 minutes) on the emulator already running (or the account C names), printing the figures and
/// every failure. Exit 0 when there was no crash, hang or silent drop, 1 otherwise. See docs/reliability.md.
/// </summary>
public static class FuzzCommand
{
    public const string Command = "fuzz";

    public static async Task<int> RunAsync(string[] args)
    {
        var mutants = Option(args, "--mutants", 10_000);
        var seed = Option(args, "--seed", 20251020);
        var minutes = Option(args, "--minutes", 60);
        var first = Option(args, "--first", 1);
        var storage = Value(args, "--storage") ?? Environment.GetEnvironmentVariable("REGIONAL_STORAGE") ?? "UseDevelopmentStorage=true";
        var root = AzuriteProcess.FindRepositoryRoot();
        var catalog = CatalogLoader.Load(Path.Combine(root, CatalogLoader.BundledFolderName, CatalogLoader.DefaultCatalogId));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fuzz: {mutants:N0} mutants, seed {seed}, at most {minutes} min, {Environment.ProcessorCount} cores"));

        var report = await SubmissionFuzz.RunAsync(storage, catalog, mutants, seed, TimeSpan.FromMinutes(minutes), TimeSpan.FromSeconds(60), Console.Out, first);

        Console.WriteLine(report);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{report.Mutants / report.Elapsed.TotalSeconds:F1} mutants/s"));
        foreach (var failure in report.Failures)
        {
            Console.WriteLine(failure);
        }

        return report.Clean ? 0 : 1;
    }

    private static int Option(string[] args, string name, int fallback) =>
        Value(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    private static string? Value(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
