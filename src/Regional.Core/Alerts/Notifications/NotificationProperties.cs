using System.Collections.Immutable;

namespace Regional.Alerts.Notifications;

/// <summary>
/// The properties a notification carries beside its body. Service Bus topic subscriptions filter on these and only these
/// (a SQL filter cannot read the body), so every value is a string: <c>regionCode = '510400'</c>,
/// <c>severity IN ('major','critical')</c>. A property that does not apply is absent, never empty, so that
/// <c>regionCode IS NULL</c> finds the provincial summaries.
/// </summary>
public static class NotificationProperties
{
    public const string Schema = "schema";
    public const string CatalogId = "catalogId";
    public const string Kind = "kind";
    public const string Period = "period";
    public const string Severity = "severity";
    public const string RegionCode = "regionCode";
    public const string PeerGroup = "peerGroup";
    public const string TransitionKind = "transitionKind";

    /// <summary>Every rule of the items, comma-separated in item order, each once.</summary>
    public const string RuleIds = "ruleIds";

    /// <summary>Set only when every item has the same rule: the exact-match filter <c>ruleId = 'arable-land'</c>.</summary>
    public const string RuleId = "ruleId";

    /// <summary>Every indicator of the items, comma-separated in item order, each once.</summary>
    public const string IndicatorIds = "indicatorIds";

    /// <summary>Set only when every item that has an indicator has the same one.</summary>
    public const string IndicatorId = "indicatorId";

    /// <summary>The property names a subscription filter may use; infrastructure filters are checked against this list.</summary>
    public static ImmutableArray<string> FilterableNames { get; } =
    [
        Schema, CatalogId, Kind, Period, Severity, RegionCode, PeerGroup, TransitionKind, RuleIds, RuleId, IndicatorIds,
        IndicatorId,
    ];

    /// <summary>The properties of one notification, in <see cref="FilterableNames"/> order, the absent ones left out.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> For(Notification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var rules = Distinct(notification.Items.Select(i => i.RuleId));
        var indicators = Distinct(notification.Items.Select(i => i.IndicatorId));
        var properties = new List<KeyValuePair<string, string>>(FilterableNames.Length);
        Add(properties, Schema, NotificationVocabulary.SchemaId);
        Add(properties, CatalogId, notification.CatalogId);
        Add(properties, Kind, NotificationVocabulary.Name(notification.Kind));
        Add(properties, Period, notification.Period.ToString());
        Add(properties, Severity, NotificationVocabulary.Name(notification.Severity));
        Add(properties, RegionCode, notification.RegionCode);
        Add(properties, PeerGroup, notification.PeerGroup);
        Add(properties, TransitionKind, notification.TransitionKind is { } kind ? NotificationVocabulary.Name(kind) : null);
        Add(properties, RuleIds, string.Join(',', rules));
        Add(properties, RuleId, rules.Count == 1 ? rules[0] : null);
        Add(properties, IndicatorIds, string.Join(',', indicators));
        Add(properties, IndicatorId, indicators.Count == 1 ? indicators[0] : null);
        return properties;
    }

    /// <summary>
    /// A short routing label, <c>kind/region/severity</c> (<c>region/510400/major</c>, <c>summary/province/critical</c>),
    /// for people reading a topic or queue in a browser; filters should use the properties.
    /// </summary>
    public static string Subject(Notification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return $"{NotificationVocabulary.Name(notification.Kind)}/{notification.RegionCode ?? "province"}/{NotificationVocabulary.Name(notification.Severity)}";
    }

    /// <summary>Groups every notification of one evaluation: <c>catalogId:period</c>.</summary>
    public static string CorrelationId(Notification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return $"{notification.CatalogId}:{notification.Period}";
    }

    private static List<string> Distinct(IEnumerable<string> values) =>
        [.. values.Where(v => !string.IsNullOrEmpty(v)).Distinct(StringComparer.Ordinal)];

    private static void Add(List<KeyValuePair<string, string>> properties, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            properties.Add(new(name, value));
        }
    }
}
