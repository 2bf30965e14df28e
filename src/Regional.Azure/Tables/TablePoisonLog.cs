using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Regional.Azure.Storage;
using Regional.Storage;

namespace Regional.Azure.Tables;

/// <summary>Reasons of given-up queue messages, one partition per queue.</summary>
public sealed class TablePoisonLog(TableServiceClient service, IOptions<StorageOptions> options) : IPoisonLog
{
    private readonly TableClient _table = service.GetTableClient(options.Value.PoisonLogTable);

    public async Task RecordAsync(PoisonRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentException.ThrowIfNullOrWhiteSpace(record.QueueName);
        await _table.UpsertEntityAsync(PoisonLogEntities.ToEntity(record), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<PoisonRecord>> ListAsync(string queueName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(queueName);
        var rows = await TableQueries.ListAsync(_table, TableQueries.Partition(PoisonLogEntities.Partition(queueName)), null, cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(PoisonLogEntities.FromEntity).OrderBy(r => r.RecordedAt)];
    }
}
