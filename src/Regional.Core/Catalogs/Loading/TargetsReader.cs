using System.Collections.Immutable;

namespace Regional.Catalogs.Loading;

/// <summary>targets.json: annual targets. Checks known regions and indicators and one target per (year, region, indicator).</summary>
internal static class TargetsReader
{
    public const string FileName = "targets.json";

    public static ImmutableArray<GrowthTarget> Read(JsonObjectReader root, CatalogReferences references)
    {
        var targets = new List<GrowthTarget>();
        var seen = new HashSet<(int, string, string)>();
        foreach (var item in root.Objects("targets", required: true))
        {
            var year = item.Integer("year", required: true);
            var region = item.String("region", required: true);
            var indicator = item.String("indicator", required: true);
            var value = item.Number("value", required: true);
            var source = item.String("source", string.Empty);
            var qualifier = item.String("qualifier", required: false);
            var upper = item.Number("upper", required: false);
            item.ReportUnknownProperties();
            if (qualifier is not null)
            {
                references.TargetQualifiers.Add((qualifier, item.PathOf("qualifier")));
            }

            if (upper is not null && value is not null && upper < value)
            {
                item.Report("upper", $"the upper end of a range target ({upper}) must not be below its value ({value})");
            }
            if (year is < 1900 or > 2999)
            {
                item.Report("year", $"year {year} is outside 1900-2999");
            }

            if (region is not null)
            {
                references.CheckRegion(item.Problems, item.File, item.PathOf("region"), region);
            }

            if (indicator is not null)
            {
                references.CheckIndicator(item.Problems, item.File, item.PathOf("indicator"), indicator);
            }

            if (year is null || region is null || indicator is null || value is null)
            {
                continue;
            }

            if (!seen.Add((year.Value, region, indicator)))
            {
                item.ReportHere($"a target for {year} / {region} / {indicator} is already given");
                continue;
            }

            targets.Add(new GrowthTarget(year.Value, region, indicator, value.Value, source, qualifier, upper));
        }

        root.ReportUnknownProperties();
        return [.. targets];
    }
}
