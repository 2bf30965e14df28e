using System.Collections.Frozen;
using System.Collections.Immutable;
using Regional.Catalogs.Dataflows;

namespace Regional.Catalogs.Loading;

/// <summary>
/// dataflows.json (optional): the SDMX dataflows the catalog accepts and how each maps onto its regions and
/// indicators. Checks the references' form, that area codes map to known regions, that each indicator is known and
/// reported (not derived), and that no dataflow is declared twice.
/// </summary>
internal static class DataflowsReader
{
    public const string FileName = "dataflows.json";

    public static DataflowSet Read(JsonObjectReader root, CatalogReferences references)
    {
        var mappings = new List<DataflowMapping>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in root.Objects("dataflows", required: true))
        {
            var referenceText = item.String("reference", required: true);
            var area = item.String("areaDimension", DataflowMapping.DefaultAreaDimension);
            var time = item.String("timeDimension", DataflowMapping.DefaultTimeDimension);
            var codes = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (code, region, path) in item.StringMap("areaCodes", required: false))
            {
                references.CheckRegion(item.Problems, item.File, path, region);
                codes[code] = region;
            }

            var selectors = new List<SeriesSelector>();
            foreach (var selector in item.Objects("indicators", required: true))
            {
                var indicator = selector.String("indicator", required: true);
                var dimensions = selector.StringMap("series", required: true)
                    .ToImmutableSortedDictionary(d => d.Key, d => d.Value, StringComparer.Ordinal);
                int? multiplier = selector.Has("unitMultiplier") ? selector.Integer("unitMultiplier", required: true) : null;
                selector.ReportUnknownProperties();
                if (indicator is null)
                {
                    continue;
                }

                references.CheckIndicator(selector.Problems, selector.File, selector.PathOf("indicator"), indicator);
                if (references.FindIndicator(indicator)?.Derivation is not null)
                {
                    selector.Report("indicator", $"'{indicator}' is derived by the engine; map its numerator and denominator instead");
                }

                if (dimensions.ContainsKey(area) || dimensions.ContainsKey(time))
                {
                    selector.Report("series", $"the series key must not fix the area ({area}) or the time ({time}) dimension");
                }

                selectors.Add(new SeriesSelector(indicator, dimensions, multiplier));
            }

            item.ReportUnknownProperties();
            if (referenceText is null)
            {
                continue;
            }

            if (!DataflowReference.TryParse(referenceText, out var reference))
            {
                item.Report("reference", $"'{referenceText}' is not a dataflow reference of the form AGENCY:ID(VERSION)");
                continue;
            }

            if (!seen.Add($"{reference.Agency}:{reference.Id}"))
            {
                item.Report("reference", $"dataflow {reference.Agency}:{reference.Id} is declared more than once");
                continue;
            }

            mappings.Add(new DataflowMapping(reference, area, time, codes.ToFrozenDictionary(StringComparer.Ordinal), [.. selectors]));
        }

        root.ReportUnknownProperties();
        return new DataflowSet([.. mappings]);
    }
}
