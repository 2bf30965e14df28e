using System.Collections.Immutable;
using System.Globalization;

namespace Regional.Catalogs.Loading;

/// <summary>
/// The <c>quality</c> section of rules.json: one optional object per check, every field defaulting to the check's
/// documented default. Checks known indicators, warn levels that do not exceed fail levels, and non-negative levels.
/// </summary>
internal static class QualityRulesReader
{
    public static QualityRules Read(JsonObjectReader? quality, CatalogReferences references)
    {
        var result = new QualityRules(
            Range(quality?.Object("range", required: false)),
            Completeness(quality?.Object("completeness", required: false), references),
            Hierarchy(quality?.Object("hierarchy", required: false)),
            CrossIndicator(quality?.Object("crossIndicator", required: false), references),
            Revision(quality?.Object("revision", required: false)),
            PeerOutlier(quality?.Object("peerOutlier", required: false), references),
            TargetHugging(quality?.Object("targetHugging", required: false), references),
            Benford(quality?.Object("benford", required: false)));
        quality?.ReportUnknownProperties();
        return result;
    }

    private static RangeCheck Range(JsonObjectReader? check)
    {
        var d = new RangeCheck();
        if (check is null)
        {
            return d;
        }

        var result = new RangeCheck(check.Boolean("enabled", d.Enabled), AtLeast(check, "failMarginFraction", d.FailMarginFraction, 0));
        check.ReportUnknownProperties();
        return result;
    }

    private static CompletenessCheck Completeness(JsonObjectReader? check, CatalogReferences references)
    {
        var d = new CompletenessCheck([]);
        if (check is null)
        {
            return d;
        }

        var result = new CompletenessCheck(
            IndicatorList(check, "requiredIndicators", references),
            check.Boolean("enabled", d.Enabled),
            IntAtLeast(check, "warnMissing", d.WarnMissing, 1),
            IntAtLeast(check, "failMissing", d.FailMissing, 1));
        WarnNotAboveFail(check, "warnMissing", result.WarnMissing, "failMissing", result.FailMissing);
        check.ReportUnknownProperties();
        return result;
    }

    private static HierarchyCheck Hierarchy(JsonObjectReader? check)
    {
        var d = new HierarchyCheck();
        if (check is null)
        {
            return d;
        }

        var result = new HierarchyCheck(
            check.Boolean("enabled", d.Enabled),
            AtLeast(check, "warnPercent", d.WarnPercent, 0),
            AtLeast(check, "failPercent", d.FailPercent, 0),
            check.Enum("mode", d.Mode));
        WarnNotAboveFail(check, "warnPercent", result.WarnPercent, "failPercent", result.FailPercent);
        check.ReportUnknownProperties();
        return result;
    }

    private static CrossIndicatorCheck CrossIndicator(JsonObjectReader? check, CatalogReferences references)
    {
        // Without a section there is no subject to compare: the check is off.
        var d = new CrossIndicatorCheck(string.Empty, [], Enabled: false);
        if (check is null)
        {
            return d;
        }

        var subject = check.String("subject", required: true);
        if (subject is not null)
        {
            references.CheckIndicator(check.Problems, check.File, check.PathOf("subject"), subject);
        }

        var proxies = IndicatorList(check, "proxies", references, required: true);
        var result = new CrossIndicatorCheck(
            subject ?? string.Empty,
            proxies,
            check.Boolean("enabled", true),
            AtLeast(check, "warnGap", new CrossIndicatorCheck(string.Empty, []).WarnGap, 0),
            AtLeast(check, "failGap", new CrossIndicatorCheck(string.Empty, []).FailGap, 0));
        WarnNotAboveFail(check, "warnGap", result.WarnGap, "failGap", result.FailGap);
        check.ReportUnknownProperties();
        return result;
    }

    private static RevisionCheck Revision(JsonObjectReader? check)
    {
        var d = new RevisionCheck();
        if (check is null)
        {
            return d;
        }

        var result = new RevisionCheck(
            check.Boolean("enabled", d.Enabled),
            AtLeast(check, "warnPercent", d.WarnPercent, 0),
            AtLeast(check, "failPercent", d.FailPercent, 0));
        WarnNotAboveFail(check, "warnPercent", result.WarnPercent, "failPercent", result.FailPercent);
        check.ReportUnknownProperties();
        return result;
    }

    private static PeerOutlierCheck PeerOutlier(JsonObjectReader? check, CatalogReferences references)
    {
        var d = new PeerOutlierCheck([]);
        if (check is null)
        {
            return d;
        }

        var result = new PeerOutlierCheck(
            IndicatorList(check, "indicators", references),
            check.Boolean("enabled", d.Enabled),
            AtLeast(check, "warnZ", d.WarnZ, 0),
            AtLeast(check, "failZ", d.FailZ, 0),
            IntAtLeast(check, "minRegions", d.MinRegions, 3));
        WarnNotAboveFail(check, "warnZ", result.WarnZ, "failZ", result.FailZ);
        check.ReportUnknownProperties();
        return result;
    }

    private static TargetHuggingCheck TargetHugging(JsonObjectReader? check, CatalogReferences references)
    {
        var d = new TargetHuggingCheck([]);
        if (check is null)
        {
            return d;
        }

        var result = new TargetHuggingCheck(
            IndicatorList(check, "indicators", references),
            check.Boolean("enabled", d.Enabled),
            AtLeast(check, "withinPoints", d.WithinPoints, 0),
            IntAtLeast(check, "warnPeriods", d.WarnPeriods, 1),
            IntAtLeast(check, "failPeriods", d.FailPeriods, 1));
        WarnNotAboveFail(check, "warnPeriods", result.WarnPeriods, "failPeriods", result.FailPeriods);
        check.ReportUnknownProperties();
        return result;
    }

    private static BenfordCheck Benford(JsonObjectReader? check)
    {
        var d = new BenfordCheck();
        if (check is null)
        {
            return d;
        }

        var result = new BenfordCheck(
            check.Boolean("enabled", d.Enabled),
            IntAtLeast(check, "minValues", d.MinValues, 1),
            AtLeast(check, "warnMad", d.WarnMad, 0));
        check.ReportUnknownProperties();
        return result;
    }

    internal static ImmutableArray<string> IndicatorList(JsonObjectReader section, string name, CatalogReferences references, bool required = false)
    {
        var ids = new List<string>();
        foreach (var (id, path) in section.Strings(name, required))
        {
            references.CheckIndicator(section.Problems, section.File, path, id);
            if (ids.Contains(id))
            {
                section.Problems.Add(section.File, path, $"indicator '{id}' is listed twice");
                continue;
            }

            ids.Add(id);
        }

        return [.. ids];
    }

    private static double AtLeast(JsonObjectReader section, string name, double defaultValue, double minimum)
    {
        var value = section.Number(name, defaultValue);
        if (value < minimum)
        {
            section.Report(name, string.Create(CultureInfo.InvariantCulture, $"must be at least {minimum}, found {value}"));
            return defaultValue;
        }

        return value;
    }

    private static int IntAtLeast(JsonObjectReader section, string name, int defaultValue, int minimum)
    {
        var value = section.Integer(name, defaultValue);
        if (value < minimum)
        {
            section.Report(name, string.Create(CultureInfo.InvariantCulture, $"must be at least {minimum}, found {value}"));
            return defaultValue;
        }

        return value;
    }

    private static void WarnNotAboveFail(JsonObjectReader section, string warnName, double warn, string failName, double fail)
    {
        if (warn > fail)
        {
            section.Report(warnName, string.Create(CultureInfo.InvariantCulture, $"the warn level ({warn}) must not exceed the fail level {failName} ({fail})"));
        }
    }
}
