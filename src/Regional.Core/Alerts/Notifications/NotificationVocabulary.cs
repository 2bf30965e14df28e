using System.Collections.Immutable;
using System.Text.Json;
using Regional.Catalogs;

namespace Regional.Alerts.Notifications;

/// <summary>
/// The names and values of the alert notification message, schema <c>regional.alert-notification/v1</c>. The published
/// JSON Schema (schemas/alert-notification.v1.schema.json) is tested against these, so the two cannot drift apart.
/// </summary>
public static class NotificationVocabulary
{
    public const string SchemaId = "regional.alert-notification/v1";

    public const string ContentType = "application/json";

    public static ImmutableArray<string> RequiredFields { get; } =
    [
        Field.Schema, Field.Id, Field.Kind, Field.CatalogId, Field.Period, Field.Severity, Field.Items, Field.TextEn,
        Field.TextZh, Field.CreatedAt,
    ];

    /// <summary>Absent from a provincial summary (no region, peer group or single transition kind).</summary>
    public static ImmutableArray<string> OptionalFields { get; } = [Field.Region, Field.PeerGroup, Field.TransitionKind];

    public static ImmutableArray<string> RequiredRegionFields { get; } = [RegionField.Code];

    /// <summary>Names are given when the sender knows the catalog the notification comes from.</summary>
    public static ImmutableArray<string> OptionalRegionFields { get; } = [RegionField.NameEn, RegionField.NameZh];

    public static ImmutableArray<string> RequiredItemFields { get; } =
    [
        ItemField.AlertId, ItemField.TransitionId, ItemField.Kind, ItemField.Severity, ItemField.RegionCode,
        ItemField.RuleId, ItemField.MessageEn, ItemField.MessageZh,
    ];

    /// <summary>Absent when the rule has no indicator.</summary>
    public static ImmutableArray<string> OptionalItemFields { get; } = [ItemField.IndicatorId];

    public static ImmutableArray<string> Kinds { get; } = NamesOf<NotificationKind>();

    public static ImmutableArray<string> Severities { get; } = NamesOf<Severity>();

    public static ImmutableArray<string> TransitionKinds { get; } = NamesOf<TransitionKind>();

    /// <summary>The wire name of an enum value: kebab-case, as every contract of the project writes enums.</summary>
    public static string Name<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    private static ImmutableArray<string> NamesOf<T>()
        where T : struct, Enum => [.. Enum.GetValues<T>().Select(Name)];

    /// <summary>Property names of the message object.</summary>
    public static class Field
    {
        public const string Schema = "schema";
        public const string Id = "id";
        public const string Kind = "kind";
        public const string CatalogId = "catalogId";
        public const string Period = "period";
        public const string Region = "region";
        public const string PeerGroup = "peerGroup";
        public const string Severity = "severity";
        public const string TransitionKind = "transitionKind";
        public const string Items = "items";
        public const string TextEn = "textEn";
        public const string TextZh = "textZh";
        public const string CreatedAt = "createdAt";
    }

    /// <summary>Property names of the region object.</summary>
    public static class RegionField
    {
        public const string Code = "code";
        public const string NameEn = "nameEn";
        public const string NameZh = "nameZh";
    }

    /// <summary>Property names of one item (one alert transition).</summary>
    public static class ItemField
    {
        public const string AlertId = "alertId";
        public const string TransitionId = "transitionId";
        public const string Kind = "kind";
        public const string Severity = "severity";
        public const string RegionCode = "regionCode";
        public const string RuleId = "ruleId";
        public const string IndicatorId = "indicatorId";
        public const string MessageEn = "messageEn";
        public const string MessageZh = "messageZh";
    }
}
