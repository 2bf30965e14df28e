using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Regional.Alerts.Silences;
using Regional.Azure.Storage;
using Regional.Storage;

namespace Regional.Azure.Tables;

/// <summary>Silences in one partition per catalog; expiring one is a conditional replace, so it never undoes another change.</summary>
public sealed class TableSilenceStore(TableServiceClient service, IOptions<StorageOptions> options) : ISilenceStore
{
    private const int MaxAttempts = 3;

    private readonly TableClient _table = service.GetTableClient(options.Value.SilencesTable);

    public async Task AddAsync(string catalogId, Silence silence, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(catalogId);
        ArgumentNullException.ThrowIfNull(silence);
        await _table.AddEntityAsync(SilenceEntities.Write(SilenceEntities.Partition(catalogId), silence), cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Silence>> ListAsync(string catalogId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(catalogId);
        var rows = await TableQueries.ListAsync(_table, TableQueries.Partition(SilenceEntities.Partition(catalogId)), null, cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(SilenceEntities.Read).OrderBy(s => s.StartsAt).ThenBy(s => s.Id, StringComparer.Ordinal)];
    }

    public async Task<Silence?> GetAsync(string catalogId, string silenceId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(catalogId);
        ArgumentException.ThrowIfNullOrWhiteSpace(silenceId);
        var row = await TableQueries.GetAsync(_table, SilenceEntities.Partition(catalogId), SilenceEntities.Row(silenceId), cancellationToken).ConfigureAwait(false);
        return row is null ? null : SilenceEntities.Read(row);
    }

    public async Task<Silence?> ExpireAsync(string catalogId, string silenceId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(catalogId);
        ArgumentException.ThrowIfNullOrWhiteSpace(silenceId);
        var partition = SilenceEntities.Partition(catalogId);
        for (var attempt = 1; ; attempt++)
        {
            var row = await TableQueries.GetAsync(_table, partition, SilenceEntities.Row(silenceId), cancellationToken).ConfigureAwait(false);
            if (row is null)
            {
                return null;
            }

            var silence = SilenceEntities.Read(row);
            if (silence.EndsAt <= at)
            {
                return silence;
            }

            // A silence not started yet ends before it starts: it never mutes anything.
            var expired = silence with { EndsAt = at < silence.StartsAt ? silence.StartsAt : at };
            try
            {
                await _table.UpdateEntityAsync(SilenceEntities.Write(partition, expired), row.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                return expired;
            }
            catch (RequestFailedException ex) when (ex.Status == 412 && attempt < MaxAttempts)
            {
            }
        }
    }
}
