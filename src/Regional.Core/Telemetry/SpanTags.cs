using System.Diagnostics;

namespace Regional.Telemetry;

/// <summary>Small helpers for span attributes that sum up many values, and for failures.</summary>
public static class SpanTags
{
    /// <summary>Enough to see which regions or periods a submission touched without making one span huge.</summary>
    private const int MaxListed = 32;

    /// <summary>The distinct values in ordinal order, comma-separated; beyond <see cref="MaxListed"/> the rest is counted.</summary>
    public static string Joined(IEnumerable<string> values)
    {
        var distinct = values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return distinct.Count <= MaxListed
            ? string.Join(',', distinct)
            : $"{string.Join(',', distinct.Take(MaxListed))},+{distinct.Count - MaxListed}";
    }

    /// <summary>
    /// Marks the span failed with the exception; returns false so it can sit in an exception filter and let the
    /// exception go on unchanged.
    /// </summary>
    public static bool Failed(this Activity? span, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (span is not null)
        {
            span.SetStatus(ActivityStatusCode.Error, exception.Message);
            span.AddException(exception);
        }

        return false;
    }
}
