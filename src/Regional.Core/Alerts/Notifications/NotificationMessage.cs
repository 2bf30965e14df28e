using System.Collections.Immutable;
using System.Text.Json;
using Regional.Catalogs;
using Regional.Periods;
using Regional.Serialization;

namespace Regional.Alerts.Notifications;

/// <summary>
/// The JSON body every transport delivers for a <see cref="Notification"/> (schema <c>regional.alert-notification/v1</c>,
/// published as schemas/alert-notification.v1.schema.json, described in docs/alerts-contract.md).
/// Property names are camelCase and enums kebab-case (<see cref="RegionalJson.Options"/>).
/// </summary>
public sealed record NotificationMessage(
    string Schema,
    string Id,
    NotificationKind Kind,
    string CatalogId,
    Period Period,
    NotificationRegion? Region,
    string? PeerGroup,
    Severity Severity,
    TransitionKind? TransitionKind,
    ImmutableArray<NotificationMessageItem> Items,
    string TextEn,
    string TextZh,
    DateTimeOffset CreatedAt)
{
    /// <summary>
    /// The message for a notification. The region's names come from <paramref name="catalog"/> when it is the catalog
    /// the notification was made from; a catalog of another id is ignored rather than trusted to name the region.
    /// </summary>
    public static NotificationMessage From(Notification notification, Catalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var known = catalog is not null && notification.RegionCode is { } code && catalog.Info.Id == notification.CatalogId
            ? catalog.FindRegion(code)
            : null;
        return From(notification, known?.NameEn, known?.NameZh);
    }

    /// <summary>The message for a notification, with the region's names when the caller knows them.</summary>
    public static NotificationMessage From(Notification notification, string? regionNameEn, string? regionNameZh)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var region = notification.RegionCode is { } code
            ? new NotificationRegion(code, NullIfBlank(regionNameEn), NullIfBlank(regionNameZh))
            : null;
        return new NotificationMessage(
            NotificationVocabulary.SchemaId,
            notification.Id,
            notification.Kind,
            notification.CatalogId,
            notification.Period,
            region,
            notification.PeerGroup,
            notification.Severity,
            notification.TransitionKind,
            [.. notification.Items.Select(NotificationMessageItem.From)],
            notification.TextEn,
            notification.TextZh,
            notification.CreatedAt);
    }

    /// <summary>Reads a message body; a body of another schema is refused rather than half understood.</summary>
    /// <exception cref="JsonException">The body is not JSON of this schema.</exception>
    public static NotificationMessage Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var message = JsonSerializer.Deserialize<NotificationMessage>(json, RegionalJson.Options)
            ?? throw new JsonException("The notification body is JSON null.");
        return message.Schema == NotificationVocabulary.SchemaId
            ? message
            : throw new JsonException($"The notification body has schema '{message.Schema}', expected '{NotificationVocabulary.SchemaId}'.");
    }

    public string ToJson() => JsonSerializer.Serialize(this, RegionalJson.Options);

    public byte[] ToUtf8Json() => JsonSerializer.SerializeToUtf8Bytes(this, RegionalJson.Options);

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}

/// <summary>The region a notification is about; the names are absent when the sender did not know them.</summary>
public sealed record NotificationRegion(string Code, string? NameEn, string? NameZh);

/// <summary>One alert transition listed in a notification message.</summary>
public sealed record NotificationMessageItem(
    string AlertId,
    string TransitionId,
    TransitionKind Kind,
    Severity Severity,
    string RegionCode,
    string RuleId,
    string? IndicatorId,
    string MessageEn,
    string MessageZh)
{
    public static NotificationMessageItem From(NotificationItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new NotificationMessageItem(
            item.AlertId,
            item.TransitionId,
            item.Kind,
            item.Severity,
            item.RegionCode,
            item.RuleId,
            item.IndicatorId.Length == 0 ? null : item.IndicatorId,
            item.MessageEn,
            item.MessageZh);
    }
}
