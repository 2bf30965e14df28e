using System.Collections.Immutable;

namespace Regional.Catalogs.Loading;

/// <summary>
/// What other files may refer to: the region codes and indicators read so far. A set is null when its file could not
/// be read at all; references are then not checked, because every one of them would be reported for the same cause.
/// </summary>
internal sealed class CatalogReferences
{
    public ImmutableHashSet<string>? RegionCodes { get; set; }

    public ImmutableDictionary<string, Indicator>? Indicators { get; set; }

    /// <summary>Ids defined in indicators.json whose definition failed: references to them follow from that problem.</summary>
    public HashSet<string> InvalidIndicatorIds { get; } = new(StringComparer.Ordinal);

    public void CheckRegion(ProblemSink problems, string file, string path, string code)
    {
        if (RegionCodes is not null && !RegionCodes.Contains(code))
        {
            problems.Add(file, path, $"unknown region code '{code}' (not in regions.json)");
        }
    }

    public void CheckIndicator(ProblemSink problems, string file, string path, string id)
    {
        if (InvalidIndicatorIds.Contains(id))
        {
            problems.Add(file, path, IndicatorsReader.InvalidIndicator(id));
        }
        else if (Indicators is not null && !Indicators.ContainsKey(id))
        {
            problems.Add(file, path, $"unknown indicator id '{id}' (not in indicators.json)");
        }
    }

    public Indicator? FindIndicator(string id) => Indicators?.GetValueOrDefault(id);

    /// <summary>The qualifiers the targets name, with where, checked once rules.json has declared its qualifiers.</summary>
    public List<(string Qualifier, string Path)> TargetQualifiers { get; } = [];
}
