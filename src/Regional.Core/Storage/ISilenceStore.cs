using Regional.Alerts.Silences;

namespace Regional.Storage;

/// <summary>Silences of a catalog, active or not (an expired silence is kept, to read back who silenced what and why).</summary>
public interface ISilenceStore
{
    Task AddAsync(string catalogId, Silence silence, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Silence>> ListAsync(string catalogId, CancellationToken cancellationToken = default);

    Task<Silence?> GetAsync(string catalogId, string silenceId, CancellationToken cancellationToken = default);

    /// <summary>Ends the silence at <paramref name="at"/> if it would end later; returns it as stored, or null when unknown.</summary>
    Task<Silence?> ExpireAsync(string catalogId, string silenceId, DateTimeOffset at, CancellationToken cancellationToken = default);
}
