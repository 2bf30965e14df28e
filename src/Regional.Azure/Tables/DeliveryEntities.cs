using System.Text.Json;
using Azure.Data.Tables;
using Regional.Alerts.Contacts;
using Regional.Alerts.Notifications;
using Regional.Alerts.Outbox;
using Regional.Serialization;
using Regional.Storage;

namespace Regional.Azure.Tables;

/// <summary>
/// Deliveries to contact points, in the outbox table under the partition <c>catalog|deliveries</c>: <c>d|id</c> every
/// delivery with its record; <c>q|contact|id</c> a copy of each one still pending, so one contact point's due
/// deliveries are one key range; <c>c|contact</c> the contact point's send record (start and count of the current
/// minute, the last message) that every instance reads and writes under its ETag.
/// </summary>
internal static class DeliveryEntities
{
    public const string DeliveryPrefix = "d";
    public const string PendingPrefix = "q";
    public const string ContactPrefix = "c";

    public static string Partition(string catalogId) => TableKeys.Join(catalogId, "deliveries");

    public static string DeliveryRow(string id) => TableKeys.Join(DeliveryPrefix, id);

    public static string PendingRow(string contactId, string id) => TableKeys.Join(PendingPrefix, contactId, id);

    public static string PendingPrefixOf(string contactId) => TableKeys.Join(PendingPrefix, contactId);

    public static string ContactRow(string contactId) => TableKeys.Join(ContactPrefix, contactId);

    public static TableEntity Write(string partition, string rowKey, DeliveryEntry entry)
    {
        var entity = Record(partition, rowKey, entry);
        entity["ContactPoint"] = entry.Delivery.ContactPointId;
        entity["Route"] = entry.Delivery.RoutePath;
        entity["DueAt"] = entry.Delivery.DueAt;
        entity["GroupInterval"] = entry.Delivery.GroupInterval.Ticks;
        entity["EnqueuedAt"] = entry.EnqueuedAt;
        JsonColumns.Write(entity, JsonSerializer.Serialize(entry.Delivery.Notification, RegionalJson.Options));
        return entity;
    }

    /// <summary>The record columns only: what a merge changes after an attempt.</summary>
    public static TableEntity Record(string partition, string rowKey, DeliveryEntry entry) => new(partition, rowKey)
    {
        ["Status"] = entry.Status.ToString(),
        ["Attempts"] = entry.Attempts,
        ["NextAttemptAt"] = entry.NextAttemptAt,
        ["SentAt"] = entry.SentAt,
        ["LastError"] = entry.LastError is { Length: > 4000 } error ? error[..4000] : entry.LastError,
    };

    public static DeliveryEntry Read(TableEntity entity)
    {
        var notification = JsonSerializer.Deserialize<Notification>(JsonColumns.Read(entity), RegionalJson.Options)
            ?? throw new JsonException($"Delivery row '{entity.RowKey}' holds no notification.");
        var contact = entity.GetString("ContactPoint") ?? string.Empty;
        var delivery = new Delivery(
            Delivery.IdFor(notification.Id, contact),
            contact,
            entity.GetString("Route") ?? string.Empty,
            notification,
            entity.GetDateTimeOffset("DueAt") ?? DateTimeOffset.MinValue,
            TimeSpan.FromTicks(entity.GetInt64("GroupInterval") ?? 0));
        return new DeliveryEntry(
            delivery,
            Enum.Parse<OutboxStatus>(entity.GetString("Status") ?? nameof(OutboxStatus.Pending)),
            entity.GetInt32("Attempts") ?? 0,
            entity.GetDateTimeOffset("EnqueuedAt") ?? DateTimeOffset.MinValue,
            entity.GetDateTimeOffset("NextAttemptAt") ?? DateTimeOffset.MinValue,
            entity.GetDateTimeOffset("SentAt"),
            entity.GetString("LastError") is { Length: > 0 } last ? last : null);
    }
}
