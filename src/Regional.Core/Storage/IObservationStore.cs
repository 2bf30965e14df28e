using Regional.Observations;
using Regional.Periods;

namespace Regional.Storage;

/// <summary>
/// Reported figures of a catalog with every vintage. A write compares each figure with its latest stored vintage:
/// the same value is not a new vintage (rewriting a submission changes nothing), a different value is stored as the
/// next vintage and the earlier ones stay readable. The vintage of an incoming observation is ignored; the store
/// assigns it.
/// </summary>
public interface IObservationStore
{
    Task<ObservationWriteSummary> WriteAsync(
        string catalogId,
        IReadOnlyList<ObservationWrite> observations,
        CancellationToken cancellationToken = default);

    /// <summary>Every vintage of every figure of one period.</summary>
    Task<IReadOnlyList<Observation>> ReadPeriodAsync(
        string catalogId,
        Period period,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// What an evaluation of <paramref name="period"/> reads: every vintage of the periods of the same year up to and
    /// including it (all frequencies, ordered as <see cref="Period"/> orders them) and every period of the previous year.
    /// </summary>
    Task<IReadOnlyList<Observation>> ReadForEvaluationAsync(
        string catalogId,
        Period period,
        CancellationToken cancellationToken = default);

    /// <summary>One region's figures of one indicator from <paramref name="from"/> to <paramref name="to"/> inclusive, every vintage, oldest period first.</summary>
    Task<IReadOnlyList<StoredObservation>> ReadHistoryAsync(
        string catalogId,
        string regionCode,
        string indicatorId,
        Period from,
        Period to,
        CancellationToken cancellationToken = default);
}
