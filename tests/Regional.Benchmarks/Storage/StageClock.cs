using System.Diagnostics;

namespace Regional.Benchmarks.Storage;

/// <summary>
/// Wall time spent in each <see cref="PipelineStage"/>, summed over the submissions of a run (with several submissions
/// at a time the sums exceed the run's elapsed time; their shares still say where an ingestion waits), and the
/// emulator's processor time over the same stretches (exact only with one submission at a time: otherwise the
/// emulator's work for other submissions falls into the stretch too).
/// </summary>
public sealed class StageClock(Func<TimeSpan> emulatorCpu)
{
    private readonly long[] _ticks = new long[Enum.GetValues<PipelineStage>().Length];
    private readonly long[] _emulatorTicks = new long[Enum.GetValues<PipelineStage>().Length];

    public TimeSpan this[PipelineStage stage] => TimeSpan.FromTicks(Interlocked.Read(ref _ticks[(int)stage]));

    public TimeSpan EmulatorCpu(PipelineStage stage) => TimeSpan.FromTicks(Interlocked.Read(ref _emulatorTicks[(int)stage]));

    public async Task<T> TimeAsync<T>(PipelineStage stage, Func<Task<T>> step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var cpuAtStart = emulatorCpu();
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await step().ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Add(ref _ticks[(int)stage], Stopwatch.GetElapsedTime(started).Ticks);
            Interlocked.Add(ref _emulatorTicks[(int)stage], (emulatorCpu() - cpuAtStart).Ticks);
        }
    }

    public Task TimeAsync(PipelineStage stage, Func<Task> step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return TimeAsync(stage, async () =>
        {
            await step().ConfigureAwait(false);
            return true;
        });
    }
}
