using Azure.Data.Tables;
using Regional.Storage;

namespace Regional.Azure.Tables;

/// <summary>
/// The poison log: partition the escaped queue name, row key the hash of the message text, so every reason of one
/// queue is one partition and the same text failing again replaces its earlier reason.
/// </summary>
internal static class PoisonLogEntities
{
    public static string Partition(string queueName) => TableKeys.Part(queueName);

    public static TableEntity ToEntity(PoisonRecord record) => new(Partition(record.QueueName), record.ContentHash)
    {
        ["QueueName"] = record.QueueName,
        ["MessageId"] = record.MessageId,
        ["DequeueCount"] = record.DequeueCount,
        ["ErrorType"] = record.ErrorType,
        ["ErrorMessage"] = record.ErrorMessage,
        ["RecordedAt"] = record.RecordedAt.ToUniversalTime(),
    };

    public static PoisonRecord FromEntity(TableEntity entity) => new(
        entity.GetString("QueueName") ?? string.Empty,
        entity.RowKey,
        entity.GetString("MessageId") ?? string.Empty,
        entity.GetInt64("DequeueCount") ?? 0,
        entity.GetString("ErrorType") ?? string.Empty,
        entity.GetString("ErrorMessage") ?? string.Empty,
        entity.GetDateTimeOffset("RecordedAt") ?? DateTimeOffset.MinValue);
}
