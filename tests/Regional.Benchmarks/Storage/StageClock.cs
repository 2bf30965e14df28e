using System.Diagnostics;

namespace Regional.Benchmarks.Storage;

/// <summary>
/// For each <see cref="PipelineStage"/>, the wall time during which at least one call of that stage was in flight,
/// and the emulator's processor time over those stretches. Concurrent calls of a stage (the evaluation requests of
/// one submission go out together) count once. With one submission at a time the stages follow one another, except
/// that the archive upload overlaps reading and the id lookup; with several at a time the stretches of different
/// submissions overlap, so the emulator's time is attributed only when one submission runs at a time.
/// </summary>
public sealed class StageClock(Func<TimeSpan> emulatorCpu)
{
    private readonly Lock _lock = new();
    private readonly Stretch[] _stretches = [.. Enum.GetValues<PipelineStage>().Select(_ => new Stretch())];

    public TimeSpan this[PipelineStage stage]
    {
        get
        {
            lock (_lock)
            {
                return _stretches[(int)stage].Wall;
            }
        }
    }

    public TimeSpan EmulatorCpu(PipelineStage stage)
    {
        lock (_lock)
        {
            return _stretches[(int)stage].Emulator;
        }
    }

    public async Task<T> TimeAsync<T>(PipelineStage stage, Func<Task<T>> step)
    {
        ArgumentNullException.ThrowIfNull(step);
        Enter(_stretches[(int)stage]);
        try
        {
            return await step().ConfigureAwait(false);
        }
        finally
        {
            Leave(_stretches[(int)stage]);
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

    private void Enter(Stretch stretch)
    {
        lock (_lock)
        {
            if (stretch.Active++ == 0)
            {
                stretch.Since = Stopwatch.GetTimestamp();
                stretch.EmulatorSince = emulatorCpu();
            }
        }
    }

    private void Leave(Stretch stretch)
    {
        lock (_lock)
        {
            if (--stretch.Active == 0)
            {
                stretch.Wall += Stopwatch.GetElapsedTime(stretch.Since);
                stretch.Emulator += emulatorCpu() - stretch.EmulatorSince;
            }
        }
    }

    private sealed class Stretch
    {
        public int Active;
        public long Since;
        public TimeSpan EmulatorSince;
        public TimeSpan Wall;
        public TimeSpan Emulator;
    }
}
