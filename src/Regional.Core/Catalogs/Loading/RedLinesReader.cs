using System.Collections.Immutable;
using System.Globalization;

namespace Regional.Catalogs.Loading;

/// <summary>
/// The red lines of rules.json. Checks unique ids, known indicators and regions, bands that run strictly in the
/// direction of worsening with severities that never fall, and that each kind has what it needs (bands for
/// <c>bands</c>, limits for <c>quota</c> and <c>cap</c>) and nothing it ignores.
/// </summary>
internal static class RedLinesReader
{
    public static ImmutableArray<RedLineRule> Read(JsonObjectReader rules, CatalogReferences references)
    {
        var result = new List<RedLineRule>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in rules.Objects("redLines", required: false))
        {
            var rule = ReadOne(item, references);
            if (rule is null)
            {
                continue;
            }

            if (!ids.Add(rule.Id))
            {
                item.Report("id", $"duplicate red-line id '{rule.Id}'");
                continue;
            }

            result.Add(rule);
        }

        return [.. result];
    }

    private static RedLineRule? ReadOne(JsonObjectReader item, CatalogReferences references)
    {
        var id = item.String("id", required: true);
        var names = item.Names("names");
        var kind = item.Enum<RedLineKind>("kind", required: true);
        var indicatorId = item.String("indicator", required: true);
        var severity = item.Enum<Severity>("severity", required: true);
        var clearMargin = item.Number("clearMargin", 0.0);
        var tolerance = item.Number("tolerance", 0.0);
        var source = item.String("source", string.Empty);
        var hasEdge = item.Has("edge");
        var edge = item.Enum("edge", Edge.Exclusive);
        if (indicatorId is not null)
        {
            references.CheckIndicator(item.Problems, item.File, item.PathOf("indicator"), indicatorId);
        }

        NotNegative(item, "clearMargin", clearMargin);
        NotNegative(item, "tolerance", tolerance);

        var hasBands = item.Has("bands");
        var indicator = indicatorId is null ? null : references.FindIndicator(indicatorId);
        var bands = ReadBands(item, indicator?.Direction ?? Direction.LowerIsBetter);
        var hasLimits = item.Has("limits");
        var limits = ReadLimits(item, references);
        item.ReportUnknownProperties();

        switch (kind)
        {
            case RedLineKind.Bands when bands.IsEmpty:
                item.Report("bands", "a bands red line needs at least one band");
                break;
            case RedLineKind.Bands when hasLimits:
                item.Report("limits", "limits apply to quota and cap red lines, not to bands");
                break;
            case RedLineKind.Quota or RedLineKind.Cap when limits.IsEmpty:
                item.Report("limits", $"a {EnumNames.Canonical(kind.Value)} red line needs at least one region limit");
                break;
            case RedLineKind.Quota or RedLineKind.Cap or RedLineKind.NoDecrease when hasBands:
                item.Report("bands", "bands apply only to bands red lines");
                break;
            case RedLineKind.Bands when hasEdge:
                item.Report("edge", "a bands red line gives each band its own edge (bands[].edge)");
                break;
        }

        if (id is null || names is null || kind is null || indicatorId is null || severity is null)
        {
            return null;
        }

        return new RedLineRule(id, names.Value.En, names.Value.Zh, kind.Value, indicatorId, severity.Value, bands, limits, clearMargin, tolerance, source, edge);
    }

    private static ImmutableArray<Band> ReadBands(JsonObjectReader item, Direction direction)
    {
        // Worsening runs upward for lower-is-better indicators (debt ratio) and downward for higher-is-better ones.
        var worseningUp = direction == Direction.LowerIsBetter;
        var bands = new List<Band>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        Band? previous = null;
        var index = 0;
        foreach (var band in item.Objects("bands", required: false))
        {
            var name = band.String("name", required: true);
            var nameZh = band.String("nameZh", required: false);
            var severity = band.Enum<Severity>("severity", required: true);
            var from = band.Number("from", required: index > 0);
            var edge = band.Enum("edge", Edge.Inclusive);
            band.ReportUnknownProperties();
            if (index == 0 && from is null)
            {
                from = worseningUp ? double.NegativeInfinity : double.PositiveInfinity;
            }

            index++;
            if (name is not null && !names.Add(name))
            {
                band.Report("name", $"duplicate band name '{name}'");
            }

            if (name is null || severity is null || from is null)
            {
                previous = null;
                continue;
            }

            var current = new Band(name, nameZh ?? name, severity.Value, from.Value, edge);
            if (previous is not null)
            {
                var ordered = worseningUp ? current.From > previous.From : current.From < previous.From;
                if (!ordered)
                {
                    band.Report("from", string.Create(
                        CultureInfo.InvariantCulture,
                        $"bands must be {(worseningUp ? "ascending" : "descending")} in the direction of worsening: {current.From} does not follow {previous.From}"));
                }

                if (current.Severity < previous.Severity)
                {
                    band.Report("severity", $"band severity must not fall in the direction of worsening ('{name}' is milder than '{previous.Name}')");
                }
            }

            bands.Add(current);
            previous = current;
        }

        return [.. bands];
    }

    private static ImmutableDictionary<string, double> ReadLimits(JsonObjectReader item, CatalogReferences references)
    {
        var limits = ImmutableDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        foreach (var (code, value, path) in item.NumberMap("limits"))
        {
            references.CheckRegion(item.Problems, item.File, path, code);
            if (value < 0)
            {
                item.Problems.Add(item.File, path, $"a limit must not be negative, found {value.ToString(CultureInfo.InvariantCulture)}");
                continue;
            }

            limits[code] = value;
        }

        return limits.ToImmutable();
    }

    private static void NotNegative(JsonObjectReader item, string name, double value)
    {
        if (value < 0)
        {
            item.Report(name, $"must not be negative, found {value.ToString(CultureInfo.InvariantCulture)}");
        }
    }
}
