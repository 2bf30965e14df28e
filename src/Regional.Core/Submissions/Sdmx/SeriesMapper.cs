using System.Collections.Immutable;
using System.Globalization;
using Regional.Catalogs.Dataflows;

namespace Regional.Submissions.Sdmx;

/// <summary>
/// Maps SDMX observations of any dataflow onto catalog keys through the catalog's <see cref="DataflowSet"/>, for one
/// message: finds the mapping of each dataflow the message names (once per dataflow), translates the area code, picks
/// the indicator by series key, and converts <c>UNIT_MULT</c> and <c>DECIMALS</c>. Observations of series no mapping
/// selects are counted in <see cref="Ignored"/> with a few of their keys in <see cref="IgnoredSeries"/>.
/// </summary>
internal sealed class SeriesMapper(DataflowSet dataflows)
{
    public const string UnitMult = "UNIT_MULT";
    public const string Decimals = "DECIMALS";

    private const int IgnoredSeriesShown = 20;

    private readonly Dictionary<string, DataflowMapping?> _resolved = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _ignoredSeries = new(StringComparer.Ordinal);

    public int Ignored { get; private set; }

    public ImmutableArray<string> IgnoredSeries => [.. _ignoredSeries];

    /// <summary>
    /// The mapping for a message's dataflow, or null with a problem added the first time: the dataflow is neither
    /// declared nor in the project's own structure, or it lacks a component its mapping reads.
    /// </summary>
    public DataflowMapping? Resolve(string? reference, IReadOnlyCollection<string> components, int? line, string field, List<SubmissionProblem> problems)
    {
        var key = reference?.Trim() ?? string.Empty;
        if (_resolved.TryGetValue(key, out var known))
        {
            return known;
        }

        var mapping = Find(key, components, line, field, problems);
        _resolved[key] = mapping;
        return mapping;
    }

    private DataflowMapping? Find(string reference, IReadOnlyCollection<string> components, int? line, string field, List<SubmissionProblem> problems)
    {
        var has = new HashSet<string>(components, StringComparer.OrdinalIgnoreCase);
        DataflowMapping? mapping = null;
        if (DataflowReference.TryParse(reference, out var sent) || DataflowReference.TryParseLink(reference, out sent))
        {
            mapping = dataflows.Find(sent);
        }

        if (mapping is null)
        {
            if (has.Contains(SdmxColumns.RefArea) && has.Contains(SdmxColumns.Indicator))
            {
                return DataflowMapping.ProjectStructure;
            }

            var named = reference.Length > 0 ? $"dataflow '{reference}'" : "the message names no dataflow and";
            problems.Add(new(line, field, ProblemCodes.UnknownDataflow, $"{named} is not declared by the catalog and is not in the project's own structure (REF_AREA, INDICATOR); {dataflows.DeclaredList()}"));
            return null;
        }

        var missing = mapping.RequiredComponents().Where(c => !has.Contains(c)).ToArray();
        if (missing.Length > 0)
        {
            problems.Add(new(line, string.Join(",", missing), ProblemCodes.MissingColumns, $"dataflow {mapping.Reference} is mapped through {string.Join(", ", missing)}, which the message lacks"));
            return null;
        }

        return mapping;
    }

    /// <summary>The declared mapping of a dataflow, if any.</summary>
    public DataflowMapping? Declared(DataflowReference sent) => dataflows.Find(sent);

    /// <summary>The raw row of a mapped observation, or null when no selector picks its series (counted as ignored).</summary>
    public SdmxRow? Map(
        DataflowMapping mapping,
        IReadOnlyDictionary<string, string?> components,
        string? obsValue,
        string? action,
        int? line,
        string? pointer,
        List<SubmissionProblem> problems)
    {
        var selector = mapping.Select(components);
        if (selector is null)
        {
            Ignored++;
            if (_ignoredSeries.Count < IgnoredSeriesShown)
            {
                _ignoredSeries.Add(Describe(mapping, components));
            }

            return null;
        }

        var field = (string name) => pointer is null ? name : $"{pointer}.{name}";
        var sentMultiplier = 0;
        var multiplierText = components.GetValueOrDefault(UnitMult)?.Trim();
        if (!string.IsNullOrEmpty(multiplierText) && !int.TryParse(multiplierText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out sentMultiplier))
        {
            problems.Add(new(line, field(UnitMult), ProblemCodes.UnitMultiplier, $"'{multiplierText}' is not a unit multiplier (a power of ten)"));
            return null;
        }

        var scale = 0;
        if (selector.UnitMultiplier is { } wanted)
        {
            scale = sentMultiplier - wanted;
        }
        else if (sentMultiplier != 0)
        {
            problems.Add(new(line, field(UnitMult), ProblemCodes.UnitMultiplier, string.Create(CultureInfo.InvariantCulture, $"the value is in units of 10^{sentMultiplier} but the mapping of indicator '{selector.IndicatorId}' states no unitMultiplier to convert it to; declare the power of ten of the indicator's unit")));
            return null;
        }

        int? decimals = null;
        var decimalsText = components.GetValueOrDefault(Decimals)?.Trim();
        if (!string.IsNullOrEmpty(decimalsText))
        {
            if (!int.TryParse(decimalsText, NumberStyles.None, CultureInfo.InvariantCulture, out var places) || places > 15)
            {
                problems.Add(new(line, field(Decimals), ProblemCodes.InvalidCode, $"'{decimalsText}' is not a number of decimals (0 to 15)"));
                return null;
            }

            decimals = places;
        }

        var area = components.GetValueOrDefault(mapping.AreaDimension)?.Trim();
        return new SdmxRow(
            line,
            string.IsNullOrEmpty(area) ? area : mapping.Region(area),
            selector.IndicatorId,
            components.GetValueOrDefault(SdmxColumns.Freq),
            components.GetValueOrDefault(mapping.TimeDimension),
            obsValue,
            components.GetValueOrDefault(SdmxColumns.ObsStatus),
            action,
            pointer,
            mapping.AreaDimension,
            mapping.TimeDimension,
            scale,
            decimals);
    }

    private static string Describe(DataflowMapping mapping, IReadOnlyDictionary<string, string?> components)
    {
        var dimensions = mapping.Indicators.SelectMany(s => s.Dimensions.Keys).Prepend(mapping.AreaDimension).Distinct(StringComparer.Ordinal);
        return string.Join(", ", dimensions.Select(d => $"{d}={components.GetValueOrDefault(d)?.Trim()}"));
    }
}
