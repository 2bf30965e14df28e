using System.Diagnostics;
using Microsoft.Extensions.Configuration;

namespace Regional.Functions.Tests.Configuration;

/// <summary>
/// A configuration over fixed values that remembers every key the app looks up by name (<c>configuration["X"]</c>).
/// Look-ups the options binder makes while binding a section are left out: it also probes read-only properties and the
/// section itself, which are not settings. The settings a section binds come from its options type instead.
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
        var frames = new StackTrace(1, false).GetFrames();
        if (frames.Any(f => f.GetMethod()?.DeclaringType?.FullName?.StartsWith("Microsoft.Extensions.Configuration.ConfigurationBinder", StringComparison.Ordinal) == true))
        {
            return;
        }

        lock (_directReads)
        {
            _directReads.Add(key);
        }
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
