using System.Globalization;

namespace Regional.Benchmarks.Storage;

/// <summary>One timed run of the ceiling or the pipeline: what it stored, how long it took and what it cost in processor time.</summary>
public sealed record Measurement(
    int Round,
    string Label,
    int Observations,
    int Entities,
    long Requests,
    TimeSpan Elapsed,
    CpuUse Cpu)
{
    public double ObservationsPerSecond => Observations / Elapsed.TotalSeconds;

    public double EntitiesPerSecond => Entities / Elapsed.TotalSeconds;

    public double RequestsPerObservation => (double)Requests / Observations;

    public TimeSpan EmulatorCpuPerObservation => Cpu.Emulator / Observations;

    public TimeSpan ClientCpuPerObservation => Cpu.Client / Observations;

    public string Describe() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Label}: {ObservationsPerSecond:N0} observations/s, {EntitiesPerSecond:N0} entities/s ({Elapsed.TotalSeconds:F2} s, {Requests:N0} requests, {RequestsPerObservation:F4} per observation; processor time: emulator {Cpu.Emulator.TotalSeconds:F1} s, benchmark process {Cpu.Client.TotalSeconds:F1} s, its GC pauses {Cpu.ClientGcPauses.TotalSeconds:F1} s)");
}
