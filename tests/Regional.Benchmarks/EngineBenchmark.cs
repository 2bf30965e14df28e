using BenchmarkDotNet.Attributes;
using Regional.Engine;

namespace Regional.Benchmarks;

/// <summary>Full evaluation (all rules, rankings, alert decisions) of 3,000 regions × 40 indicators × 8 quarters.</summary>
[MemoryDiagnoser]
public class EngineBenchmark
{
    private EvaluationInput _input = null!;
    private EvaluationInput _withState = null!;

    [GlobalSetup]
    public void Setup()
    {
        _input = NationalScaleData.Create();
        var first = Evaluator.Evaluate(_input);
        _withState = _input with { PreviousAlerts = first.Alerts };
    }

    [Benchmark(Description = "evaluate 3000 regions x 40 indicators x 8 quarters, no previous alerts")]
    public EvaluationResult EvaluateFromScratch() => Evaluator.Evaluate(_input);

    [Benchmark(Description = "evaluate again with the previous alert state")]
    public EvaluationResult EvaluateWithPreviousState() => Evaluator.Evaluate(_withState);
}
