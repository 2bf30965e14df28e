using System.Globalization;
using System.Runtime.InteropServices;
using Regional.Testing;

namespace Regional.Benchmarks.Storage;

/// <summary>The machine a run measured, as docs/benchmarks.md records it.</summary>
public static class MachineInfo
{
    public static string Describe(string persistence) => string.Join(
        Environment.NewLine,
        string.Create(CultureInfo.InvariantCulture, $"cpus: {Environment.ProcessorCount} ({CpuModel()})"),
        $"memory: {Memory()}",
        $".NET: {RuntimeInformation.FrameworkDescription}",
        $"OS: {RuntimeInformation.OSDescription}",
        $"Azurite: {AzuriteProcess.PinnedVersion()}, {persistence}",
        $"load average at start (1, 5, 15 min): {LoadAverage()}");

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string CpuModel() => ProcLine("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString();

    private static string Memory()
    {
        var line = ProcLine("/proc/meminfo", "MemTotal");
        var kib = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        return kib is not null && long.TryParse(kib, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? string.Create(CultureInfo.InvariantCulture, $"{value / 1024.0 / 1024.0:F1} GiB")
            : "unknown";
    }

    private static string? ProcLine(string path, string key)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        return File.ReadLines(path)
            .Where(l => l.StartsWith(key, StringComparison.Ordinal))
            .Select(l => l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim())
            .FirstOrDefault();
    }
}
