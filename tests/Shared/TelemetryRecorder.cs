using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Regional.Telemetry;

namespace Regional.Tests.Shared;

/// <summary>
/// A <see cref="RegionalTelemetry"/> of one test, with listeners that hear only its own activity source and meter (by
/// instance, not by name), so tests running in parallel never see each other's spans or measurements.
/// </summary>
public sealed class TelemetryRecorder : IDisposable
{
    private readonly ActivityListener _spans;
    private readonly MeterListener _meters;
    private readonly ConcurrentQueue<Activity> _stopped = new();
    private readonly ConcurrentQueue<Measurement> _measurements = new();

    public TelemetryRecorder()
    {
        Telemetry = new RegionalTelemetry();
        _spans = new ActivityListener
        {
            ShouldListenTo = source => ReferenceEquals(source, Telemetry.ActivitySource),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(_spans);

        _meters = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (ReferenceEquals(instrument.Meter, Telemetry.Meter))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _meters.SetMeasurementEventCallback<long>((instrument, value, tags, _) => _measurements.Enqueue(new Measurement(instrument.Name, value, Tags(tags))));
        _meters.SetMeasurementEventCallback<double>((instrument, value, tags, _) => _measurements.Enqueue(new Measurement(instrument.Name, value, Tags(tags))));
        _meters.Start();
    }

    public RegionalTelemetry Telemetry { get; }

    public IReadOnlyList<Activity> Spans => [.. _stopped];

    public IReadOnlyList<Measurement> Measurements => [.. _measurements];

    public Activity Span(string name) => Assert.Single(Spans, s => s.OperationName == name);

    public IReadOnlyList<Measurement> Of(string instrument) => [.. Measurements.Where(m => m.Instrument == instrument)];

    /// <summary>The sum of an instrument's measurements grouped by the value of one tag.</summary>
    public Dictionary<string, double> SumBy(string instrument, string tag) =>
        Of(instrument).GroupBy(m => m.Tag(tag) ?? string.Empty).ToDictionary(g => g.Key, g => g.Sum(m => m.Value), StringComparer.Ordinal);

    public void Dispose()
    {
        _spans.Dispose();
        _meters.Dispose();
        Telemetry.Dispose();
    }

    private static Dictionary<string, string?> Tags(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (key, value) in tags)
        {
            copy[key] = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);
        }

        return copy;
    }

    public sealed record Measurement(string Instrument, double Value, IReadOnlyDictionary<string, string?> Tags)
    {
        public string? Tag(string name) => Tags.GetValueOrDefault(name);
    }
}
