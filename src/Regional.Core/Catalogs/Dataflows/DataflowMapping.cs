using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Regional.Catalogs.Dataflows;

/// <summary>
/// How one SDMX dataflow maps onto the catalog: the dimension holding the area (its codes translated by
/// <see cref="AreaCodes"/>; a code not listed is taken as a region code as it is), the dimension holding the time,
/// and the series selecting each indicator. A series no selector picks is ignored and counted, never an error.
/// <see cref="IndicatorDimension"/> names a dimension whose value is the indicator id itself, the way the project's own
/// structure carries it; selectors are tried first.
/// </summary>
public sealed record DataflowMapping(
    DataflowReference Reference,
    string AreaDimension,
    string TimeDimension,
    FrozenDictionary<string, string> AreaCodes,
    ImmutableArray<SeriesSelector> Indicators,
    string? IndicatorDimension = null)
{
    public const string DefaultAreaDimension = "REF_AREA";
    public const string DefaultTimeDimension = "TIME_PERIOD";
    public const string ProjectIndicatorDimension = "INDICATOR";

    /// <summary>The project's own structure: <c>REF_AREA</c> in catalog codes, <c>INDICATOR</c> holding the indicator id.</summary>
    public static DataflowMapping ProjectStructure { get; } = new(
        new DataflowReference("*", "*", DataflowReference.AnyVersion),
        DefaultAreaDimension,
        DefaultTimeDimension,
        FrozenDictionary<string, string>.Empty,
        [],
        ProjectIndicatorDimension);

    /// <summary>The components a message must carry for this mapping to read it.</summary>
    public IEnumerable<string> RequiredComponents()
    {
        yield return AreaDimension;
        yield return TimeDimension;
        if (IndicatorDimension is not null)
        {
            yield return IndicatorDimension;
        }

        foreach (var dimension in Indicators.SelectMany(s => s.Dimensions.Where(d => d.Value != SeriesSelector.Wildcard).Select(d => d.Key)).Distinct(StringComparer.Ordinal))
        {
            yield return dimension;
        }
    }

    public string Region(string areaCode) => AreaCodes.GetValueOrDefault(areaCode, areaCode);

    /// <summary>The selector of the series, or null when none selects it (the observation is then ignored).</summary>
    public SeriesSelector? Select(IReadOnlyDictionary<string, string?> components)
    {
        foreach (var selector in Indicators)
        {
            if (selector.Selects(components))
            {
                return selector;
            }
        }

        if (IndicatorDimension is not null && components.TryGetValue(IndicatorDimension, out var id) && id is not null)
        {
            return new SeriesSelector(id.Trim(), ImmutableSortedDictionary<string, string>.Empty);
        }

        return null;
    }
}
