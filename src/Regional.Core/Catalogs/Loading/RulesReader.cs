using System.Collections.Immutable;
using System.Globalization;

namespace Regional.Catalogs.Loading;

/// <summary>
/// rules.json: growth-target bands, red lines, quality checks, comparison and alert settings. Every omitted field
/// takes the default of the matching record in <see cref="RuleSet"/>; see docs/catalog.md.
/// </summary>
internal static class RulesReader
{
    public const string FileName = "rules.json";

    public static RuleSet? Read(JsonObjectReader root, CatalogReferences references)
    {
        var targets = Targets(root.Object("targets", required: true), references);
        var redLines = RedLinesReader.Read(root, references);
        var quality = QualityRulesReader.Read(root.Object("quality", required: false), references);
        var comparison = Comparison(root.Object("comparison", required: false), references);
        var alerts = Alerts(root.Object("alerts", required: false));
        root.ReportUnknownProperties();
        return targets is null ? null : new RuleSet(targets, redLines, quality, comparison, alerts);
    }

    private static TargetRules? Targets(JsonObjectReader? section, CatalogReferences references)
    {
        if (section is null)
        {
            return null;
        }

        var d = new TargetRules([]);
        var hasIndicators = section.Has("indicators");
        var indicators = QualityRulesReader.IndicatorList(section, "indicators", references, required: true);
        var result = new TargetRules(
            indicators,
            section.Number("laggingAtGap", d.LaggingAtGap),
            section.Number("seriousAtGap", d.SeriousAtGap),
            section.Number("clearMargin", d.ClearMargin),
            section.Integer("escalateAfterPeriods", d.EscalateAfterPeriods),
            section.Number("leadingAtGap", d.LeadingAtGap),
            Bands(section),
            Qualifiers(section, references));
        if (section.Has("bands") && (section.Has("laggingAtGap") || section.Has("seriousAtGap")))
        {
            section.Report("bands", "give either bands or laggingAtGap/seriousAtGap: with a bands list, each band carries its own edge");
        }
        if (result.LaggingAtGap > 0)
        {
            section.Report("laggingAtGap", Invariant($"must not be positive (a gap at or above zero is on track), found {result.LaggingAtGap}"));
        }

        if (result.SeriousAtGap > result.LaggingAtGap)
        {
            section.Report("seriousAtGap", Invariant($"the serious level ({result.SeriousAtGap}) must not be above the lagging level laggingAtGap ({result.LaggingAtGap})"));
        }

        if (result.ClearMargin < 0)
        {
            section.Report("clearMargin", Invariant($"must not be negative, found {result.ClearMargin}"));
        }

        if (result.EscalateAfterPeriods < 1)
        {
            section.Report("escalateAfterPeriods", Invariant($"must be at least 1, found {result.EscalateAfterPeriods}"));
        }

        section.ReportUnknownProperties();
        return hasIndicators ? result : null;
    }

    /// <summary>targets.bands: the catalog's growth bands, best first, each with its edge; null when not given.</summary>
    private static ImmutableArray<GrowthBand> Bands(JsonObjectReader section)
    {
        if (!section.Has("bands"))
        {
            return default;
        }

        var bands = new List<GrowthBand>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var band in section.Objects("bands", required: false))
        {
            var name = band.String("name", required: true);
            var localised = band.Has("names") ? band.Names("names") : null;
            var severity = band.Enum<Severity>("severity", required: true);
            var escalated = band.Enum<Severity>("escalatedSeverity", required: false);
            var from = band.Number("from", required: index > 0);
            var edge = band.Enum("edge", Edge.Inclusive);
            var lagging = band.Boolean("lagging", severity >= Severity.Warning);
            band.ReportUnknownProperties();
            if (index == 0 && band.Has("from"))
            {
                band.Report("from", "the first band (on track) has no edge: it holds every gap above the next band's");
            }

            index++;
            if (name is not null && !names.Add(name))
            {
                band.Report("name", $"duplicate band name '{name}'");
            }

            if (name is null || severity is null || (index > 1 && from is null))
            {
                continue;
            }

            var previous = bands.Count > 0 ? bands[^1] : null;
            if (previous?.From is { } above && from is { } below && below > above)
            {
                band.Report("from", Invariant($"bands run from the best to the worst: the edge {below} must not be above the previous band's {above}"));
            }

            if (previous is not null && severity < previous.Severity)
            {
                band.Report("severity", $"band severity must not fall from the best band to the worst ('{name}' is milder than '{previous.Name}')");
            }

            bands.Add(new GrowthBand(name, localised?.En ?? name, localised?.Zh ?? localised?.En ?? name, severity.Value, escalated ?? severity.Value, lagging, index == 1 ? null : from, edge));
        }

        if (bands.Count < 2)
        {
            section.Report("bands", "at least two bands are needed: on track and one below it");
        }

        return [.. bands];
    }

    /// <summary>targets.qualifiers: what "around", "above", a range mean for the bands, and their wording.</summary>
    private static ImmutableArray<TargetQualifier> Qualifiers(JsonObjectReader section, CatalogReferences references)
    {
        var qualifiers = new List<TargetQualifier>();
        foreach (var item in section.Objects("qualifiers", required: false))
        {
            var id = item.String("id", required: true);
            var wording = item.Names("names");
            var shift = item.Number("shift", 0.0);
            var onTrack = item.Enum<Edge>("onTrackEdge", required: false);
            item.ReportUnknownProperties();
            if (id is null || wording is null)
            {
                continue;
            }

            if (qualifiers.Any(q => q.Id == id))
            {
                item.Report("id", $"duplicate qualifier id '{id}'");
                continue;
            }

            if (!wording.Value.En.Contains("{0}", StringComparison.Ordinal) || !wording.Value.Zh.Contains("{0}", StringComparison.Ordinal))
            {
                item.Report("names", "each wording quotes the target as {0} (a range's upper end as {1}), for example \"around {0}%\" and \"{0}%左右\"");
            }

            qualifiers.Add(new TargetQualifier(id, wording.Value.En, wording.Value.Zh, shift, onTrack));
        }

        var declared = qualifiers.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (qualifier, path) in references.TargetQualifiers)
        {
            if (!declared.Contains(qualifier))
            {
                section.Problems.Add(TargetsReader.FileName, path, $"unknown target qualifier '{qualifier}' (rules.json targets.qualifiers declares {(declared.Count == 0 ? "none" : string.Join(", ", declared.Order(StringComparer.Ordinal)))})");
            }
        }

        return [.. qualifiers];
    }

    private static ComparisonRules Comparison(JsonObjectReader? section, CatalogReferences references)
    {
        var d = new ComparisonRules([], null, null);
        if (section is null)
        {
            return d;
        }

        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (id, weight, path) in section.NumberMap("compositeWeights"))
        {
            references.CheckIndicator(section.Problems, section.File, path, id);
            if (weight < 0)
            {
                section.Problems.Add(section.File, path, Invariant($"a weight must not be negative, found {weight}"));
                continue;
            }

            weights[id] = weight;
        }

        if (weights.Count > 0 && weights.Values.All(w => w == 0))
        {
            section.Report("compositeWeights", "at least one weight must be above zero");
        }

        var growth = OptionalIndicator(section, "growthIndicator", references);
        var weightIndicator = OptionalIndicator(section, "weightIndicator", references);
        var result = new ComparisonRules(
            weights.ToImmutableDictionary(StringComparer.Ordinal),
            growth,
            weightIndicator,
            section.Number("sdThreshold", d.SdThreshold),
            section.Integer("leadingTopN", d.LeadingTopN));
        if (result.SdThreshold <= 0)
        {
            section.Report("sdThreshold", Invariant($"must be above zero, found {result.SdThreshold}"));
        }

        if (result.LeadingTopN < 0)
        {
            section.Report("leadingTopN", Invariant($"must not be negative, found {result.LeadingTopN}"));
        }

        section.ReportUnknownProperties();
        return result;
    }

    private static string? OptionalIndicator(JsonObjectReader section, string name, CatalogReferences references)
    {
        var id = section.String(name, required: false);
        if (id is not null)
        {
            references.CheckIndicator(section.Problems, section.File, section.PathOf(name), id);
        }

        return id;
    }

    private static AlertRules Alerts(JsonObjectReader? section)
    {
        var d = new AlertRules();
        if (section is null)
        {
            return d;
        }

        var result = new AlertRules(
            section.Boolean("repeatCritical", d.RepeatCritical),
            section.Duration("repeatAfter", d.RepeatAfter),
            section.Number("repeatBackoff", d.RepeatBackoff),
            section.Duration("repeatMax", d.RepeatMax));
        if (result.RepeatAfter < TimeSpan.Zero)
        {
            section.Report("repeatAfter", "must not be negative");
        }

        if (result.RepeatMax < TimeSpan.Zero)
        {
            section.Report("repeatMax", "must not be negative");
        }

        if (result.RepeatBackoff < 1)
        {
            section.Report("repeatBackoff", Invariant($"must be at least 1, found {result.RepeatBackoff}"));
        }

        if (result.RepeatCritical && result.RepeatAfter <= TimeSpan.Zero)
        {
            section.Report("repeatAfter", "must be above zero when repeatCritical is true");
        }

        if (result.RepeatCritical && result.RepeatMax < result.RepeatAfter)
        {
            section.Report("repeatMax", "must not be shorter than repeatAfter");
        }

        section.ReportUnknownProperties();
        return result;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
