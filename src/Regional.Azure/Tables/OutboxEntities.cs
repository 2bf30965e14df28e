using System.Text.Json;
using Azure.Data.Tables;
using Regional.Alerts.Notifications;
using Regional.Alerts.Outbox;
using Regional.Serialization;

namespace Regional.Azure.Tables;

/// <summary>
/// The outbox of a catalog, in the catalog's partition: <c>n|id</c> every notification with its delivery record, and
/// <c>p|id</c> a copy of each one still pending. The pending rows are one key range, so finding what is due never
/// scans what was sent; an entry leaves that range in the same transaction that marks it sent.
/// <para>
/// A held entry's pending row carries <c>Held</c> and <c>HeldBy</c>, the space-separated ids of the evaluations
/// holding it, and its <c>NextAttemptAt</c> is the end of the hold; releasing, or a dispatcher taking it after the hold
/// ended, clears both, which is how a held entry is told from one waiting after a failure.
/// </para>
/// </summary>
internal static class OutboxEntities
{
    public const string NotificationPrefix = "n";
    public const string PendingPrefix = "p";

    public static string Partition(string catalogId) => TableKeys.Part(catalogId);

    public static string NotificationRow(string id) => TableKeys.Join(NotificationPrefix, id);

    public static string PendingRow(string id) => TableKeys.Join(PendingPrefix, id);

    public const string HeldColumn = "Held";
    public const string HeldByColumn = "HeldBy";

    /// <summary>The pending row of an entry added held by one holder.</summary>
    public static TableEntity WriteHeld(string partition, string id, OutboxEntry entry, string holder)
    {
        var entity = Write(partition, PendingRow(id), entry);
        entity[HeldColumn] = true;
        entity[HeldByColumn] = holder;
        return entity;
    }

    public static bool IsHeld(TableEntity pendingRow) => pendingRow.GetBoolean(HeldColumn) ?? false;

    public static IReadOnlyList<string> Holders(TableEntity pendingRow) =>
        (pendingRow.GetString(HeldByColumn) ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public static TableEntity Write(string partition, string rowKey, OutboxEntry entry)
    {
        var entity = Delivery(partition, rowKey, entry);
        entity["Kind"] = entry.Notification.Kind.ToString();
        entity["Region"] = entry.Notification.RegionCode ?? string.Empty;
        entity["Severity"] = entry.Notification.Severity.ToString();
        entity["EnqueuedAt"] = entry.EnqueuedAt;
        JsonColumns.Write(entity, JsonSerializer.Serialize(entry.Notification, RegionalJson.Options));
        return entity;
    }

    /// <summary>The delivery columns only: what a merge changes after an attempt.</summary>
    public static TableEntity Delivery(string partition, string rowKey, OutboxEntry entry) => new(partition, rowKey)
    {
        ["Status"] = entry.Status.ToString(),
        ["Attempts"] = entry.Attempts,
        ["NextAttemptAt"] = entry.NextAttemptAt,
        ["SentAt"] = entry.SentAt,
        ["LastError"] = Truncate(entry.LastError),
    };

    public static OutboxEntry Read(TableEntity entity) => new(
        JsonSerializer.Deserialize<Notification>(JsonColumns.Read(entity), RegionalJson.Options)
            ?? throw new JsonException($"Outbox row '{entity.RowKey}' holds no notification."),
        Enum.Parse<OutboxStatus>(entity.GetString("Status") ?? nameof(OutboxStatus.Pending)),
        entity.GetInt32("Attempts") ?? 0,
        entity.GetDateTimeOffset("EnqueuedAt") ?? DateTimeOffset.MinValue,
        entity.GetDateTimeOffset("NextAttemptAt") ?? DateTimeOffset.MinValue,
        entity.GetDateTimeOffset("SentAt"),
        entity.GetString("LastError") is { Length: > 0 } error ? error : null,
        IsHeld(entity));

    // A string property holds at most 32 K characters; an error text needs far less.
    private static string? Truncate(string? text) => text is { Length: > 4000 } ? text[..4000] : text;
}
