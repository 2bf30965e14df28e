using System.Diagnostics;
using Regional.Testing;

namespace Regional.Benchmarks.Storage;

/// <summary>
/// Processor time used by the emulator and by this process between start and stop, and how long this process was
/// paused for garbage collection. On a machine shared with other work, elapsed time swings with the load; processor
/// time per observation says what each side costs regardless.
/// </summary>
public sealed class CpuMeter
{
    private readonly AzuriteProcess _azurite;
    private readonly TimeSpan _emulatorAtStart;
    private readonly TimeSpan _clientAtStart;
    private readonly TimeSpan _pausedAtStart;

    private CpuMeter(AzuriteProcess azurite)
    {
        _azurite = azurite;
        _emulatorAtStart = azurite.ProcessorTime;
        _clientAtStart = ClientTime();
        _pausedAtStart = GC.GetTotalPauseDuration();
    }

    public static CpuMeter Start(AzuriteProcess azurite)
    {
        ArgumentNullException.ThrowIfNull(azurite);
        return new CpuMeter(azurite);
    }

    public CpuUse Stop() => new(
        _azurite.ProcessorTime - _emulatorAtStart,
        ClientTime() - _clientAtStart,
        GC.GetTotalPauseDuration() - _pausedAtStart);

    private static TimeSpan ClientTime()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }
}

/// <summary>What a measured stretch cost: the emulator's processor time, this process's, and this process's GC pauses.</summary>
public sealed record CpuUse(TimeSpan Emulator, TimeSpan Client, TimeSpan ClientGcPauses);
