using BenchmarkDotNet.Attributes;
using Regional.Engine;

namespace Regional.Benchmarks;

/// <summary>
/// Full evaluation (every rule, rankings, scorecards, alert decisions) of 3,000 regions × 40 indicators × 8 quarters,
/// against a floor: indexing the same observations and reading every current value once, which any evaluation of
/// this data has to do at the least.
/// </summary>
/// <remarks>
/// The machine is shared with other builds: the minimum and median columns show what an iteration costs when the
/// cores are free and typically, beside the mean that waits on other processes.
/// </remarks>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class EngineBenchmark
{
    private EvaluationInput _input = null!;
    private EvaluationInput _withState = null!;

    [GlobalSetup]
    public void Setup()
    {
        _input = NationalScaleData.Create();

        // The state the previous quarter's evaluation left: alerts escalate, resolve and start against it.
        var previousQuarter = Evaluator.Evaluate(_input with { Period = _input.Period.Previous() });
        _withState = _input with { PreviousAlerts = previousQuarter.Alerts };
        Console.WriteLine(EvaluationCounts.Describe(_input, Evaluator.Evaluate(_input), Evaluator.Evaluate(_withState)));
    }

    [Benchmark(Baseline = true, Description = "floor: index the observations and read every current value once")]
    public double IndexAndReadEveryValue()
    {
        var set = new ObservationSet(_input.Catalog, _input.Observations);
        var sum = 0.0;
        foreach (var period in set.Periods)
        {
            foreach (var observation in set.ForPeriod(period))
            {
                sum += observation.Value;
            }
        }

        return sum;
    }

    [Benchmark(Description = "evaluate, no previous alerts")]
    public EvaluationResult EvaluateFromScratch() => Evaluator.Evaluate(_input);

    [Benchmark(Description = "evaluate with the previous quarter's alert state")]
    public EvaluationResult EvaluateWithPreviousState() => Evaluator.Evaluate(_withState);
}
