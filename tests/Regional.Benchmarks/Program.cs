using BenchmarkDotNet.Running;
using Regional.Benchmarks.Storage;

if (args is [StorageBenchmark.Command, .. var rest])
{
    return await StorageBenchmark.RunAsync(rest);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
