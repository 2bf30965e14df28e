using System.Diagnostics;
using Regional.Engine;
using Regional.Storage;

namespace Regional.Benchmarks.Storage;

/// <summary>
/// How long the dashboard waits for a period's scorecard: a real evaluation of <c>regions</c> synthetic regions is
/// saved once, then <see cref="IEvaluationStore.GetScorecardAsync"/> is timed <c>reads</c> times after one warm-up read.
/// </summary>
public static class ScorecardLatency
{
    public sealed record Result(int Regions, int Indicators, int Reads, TimeSpan Save, TimeSpan Median, TimeSpan P95, long RequestsPerRead);

    public static async Task<Result> RunAsync(IEvaluationStore store, RequestCounter counter, int regions, int indicators, int reads)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(counter);
        var input = NationalScaleData.Create(regions, indicators, quarters: 4);
        var result = Evaluator.Evaluate(input);

        var save = Stopwatch.StartNew();
        await store.SaveAsync(result);
        save.Stop();

        var warmUp = await store.GetScorecardAsync(result.CatalogId, result.Period)
            ?? throw new InvalidOperationException("The saved scorecard was not found.");
        if (warmUp.Regions.Length != result.Scorecards.Length)
        {
            throw new InvalidOperationException($"Read {warmUp.Regions.Length} scorecards, saved {result.Scorecards.Length}.");
        }

        var timings = new List<TimeSpan>(reads);
        counter.Reset();
        for (var i = 0; i < reads; i++)
        {
            var watch = Stopwatch.StartNew();
            _ = await store.GetScorecardAsync(result.CatalogId, result.Period);
            timings.Add(watch.Elapsed);
        }

        timings.Sort();
        return new Result(
            result.Scorecards.Length,
            indicators,
            reads,
            save.Elapsed,
            Percentile(timings, 0.50),
            Percentile(timings, 0.95),
            counter.Tables / reads);
    }

    /// <summary>Nearest-rank percentile of sorted timings.</summary>
    private static TimeSpan Percentile(List<TimeSpan> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
