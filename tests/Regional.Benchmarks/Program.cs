using BenchmarkDotNet.Running;
using Regional.Benchmarks.Api;
using Regional.Benchmarks.Dashboard;
using Regional.Benchmarks.Fuzz;
using Regional.Benchmarks.Storage;

if (args is [StorageBenchmark.Command, .. var rest])
{
    return await StorageBenchmark.RunAsync(rest);
}

if (args is [FuzzCommand.Command, .. var fuzzArgs])
{
    return await FuzzCommand.RunAsync(fuzzArgs);
}

if (args is [ApiBenchmark.Command, .. var apiArgs])
{
    return await ApiBenchmark.RunAsync(apiArgs);
}

if (args is [Regional.Benchmarks.Spreadsheets.ExcelBenchmark.Command, .. var excelArgs])
{
    return Regional.Benchmarks.Spreadsheets.ExcelBenchmark.Run(excelArgs);
}

if (args is [DashboardBenchmark.Command, .. var dashboardArgs])
{
    return await DashboardBenchmark.RunAsync(dashboardArgs);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
