using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Regional.Engine.Comparison;

/// <summary>
/// The comparison scores by (region, indicator), held as one table per indicator keyed by region code. Scorecards and
/// alert readings look up every region's every indicator; two plain string lookups cost less than hashing a pair of
/// strings, and nothing needs copying into another dictionary once the comparison is done. Read-only once built.
/// </summary>
internal sealed class ScoreTable : IReadOnlyDictionary<(string RegionCode, string IndicatorId), ComparisonScore>
{
    private readonly Dictionary<string, Dictionary<string, ComparisonScore>> _byIndicator = new(StringComparer.Ordinal);

    public int Count { get; private set; }

    public IEnumerable<(string RegionCode, string IndicatorId)> Keys => this.Select(kv => kv.Key);

    public IEnumerable<ComparisonScore> Values => this.Select(kv => kv.Value);

    public ComparisonScore this[(string RegionCode, string IndicatorId) key] =>
        TryGetValue(key, out var score) ? score : throw new KeyNotFoundException($"No comparison score for {key.RegionCode}/{key.IndicatorId}.");

    /// <summary>Sets the score of a region on an indicator; a second score for the same pair replaces the first.</summary>
    public void Set(string regionCode, string indicatorId, ComparisonScore score, int regionCount)
    {
        if (!_byIndicator.TryGetValue(indicatorId, out var byRegion))
        {
            _byIndicator.Add(indicatorId, byRegion = new Dictionary<string, ComparisonScore>(regionCount, StringComparer.Ordinal));
        }

        if (byRegion.TryAdd(regionCode, score))
        {
            Count++;
        }
        else
        {
            byRegion[regionCode] = score;
        }
    }

    /// <summary>Every score of another table, each replacing this table's score of the same pair.</summary>
    public void AddAll(ScoreTable other)
    {
        foreach (var ((regionCode, indicatorId), score) in other)
        {
            Set(regionCode, indicatorId, score, other.Count);
        }
    }

    public bool ContainsKey((string RegionCode, string IndicatorId) key) => TryGetValue(key, out _);

    public bool TryGetValue((string RegionCode, string IndicatorId) key, [MaybeNullWhen(false)] out ComparisonScore value)
    {
        value = null;
        return key.RegionCode is not null
            && key.IndicatorId is not null
            && _byIndicator.TryGetValue(key.IndicatorId, out var byRegion)
            && byRegion.TryGetValue(key.RegionCode, out value);
    }

    public IEnumerator<KeyValuePair<(string RegionCode, string IndicatorId), ComparisonScore>> GetEnumerator()
    {
        foreach (var (indicatorId, byRegion) in _byIndicator)
        {
            foreach (var (regionCode, score) in byRegion)
            {
                yield return new((regionCode, indicatorId), score);
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
