using System.Diagnostics;
using Microsoft.Extensions.Configuration;

namespace Regional.Functions.Tests.Configuration;

/// <summary>
/// A configuration over fixed values that remembers every key the app's own code looks up by name
/// (<c>configuration["X"]</c>). Look-ups the options binder makes while binding a section are left out: it also probes
/// read-only properties and the section itself, which are not settings. The settings a section binds come from its
/// options type instead.
/// </summary>
internal sealed class RecordingConfiguration : IConfigurationSource
{
    private readonly IReadOnlyDictionary<string, string?> _values;
    private readonly HashSet<string> _directReads = new(StringComparer.OrdinalIgnoreCase);

    public RecordingConfiguration(IReadOnlyDictionary<string, string?> values) => _values = values;

    public IReadOnlySet<string> DirectReads
    {
        get
        {
            lock (_directReads)
            {
                return _directReads.ToHashSet(StringComparer.OrdinalIgnoreCase);
            }
        }
    }

    public IConfigurationProvider Build(IConfigurationBuilder builder) => new Provider(this);

    private void Record(string key)
    {
        if (ReadByTheApp(new StackTrace(1, false).GetFrames()))
        {
            lock (_directReads)
            {
                _directReads.Add(key);
            }
        }
    }

    /// <summary>
    /// Whether the code asking is the app's: the nearest frame outside the configuration and runtime libraries is in a
    /// Regional namespace, and the options binder is not in between. Libraries probing their own optional knobs
    /// (OpenTelemetry reads OTEL_SERVICE_NAME and the like) are theirs to document, not settings of this app.
    /// </summary>
    private static bool ReadByTheApp(StackFrame[] frames)
    {
        foreach (var frame in frames)
        {
            var type = frame.GetMethod()?.DeclaringType;
            var name = type?.FullName ?? string.Empty;
            if (name.StartsWith("Microsoft.Extensions.Configuration.ConfigurationBinder", StringComparison.Ordinal))
            {
                return false;
            }

            if (name.StartsWith("Microsoft.Extensions.Configuration", StringComparison.Ordinal) || name.StartsWith("System.", StringComparison.Ordinal) ||
                name.StartsWith("Regional.Functions.Tests.Configuration.RecordingConfiguration", StringComparison.Ordinal))
            {
                continue;
            }

            return type?.Namespace?.StartsWith("Regional", StringComparison.Ordinal) == true;
        }

        return false;
    }

    private sealed class Provider : ConfigurationProvider
    {
        private readonly RecordingConfiguration _source;

        public Provider(RecordingConfiguration source)
        {
            _source = source;
            foreach (var (key, value) in source._values)
            {
                Data[key.Replace("__", ConfigurationPath.KeyDelimiter, StringComparison.Ordinal)] = value;
            }
        }

        public override bool TryGet(string key, out string? value)
        {
            _source.Record(key);
            return base.TryGet(key, out value);
        }
    }
}
