using System.Collections.Immutable;
using Regional.Observations;
using Regional.Periods;

namespace Regional.Api.Contracts;

/// <summary>GET /api/regions/{code}/history: one indicator of one region over a range of periods, every vintage.</summary>
public sealed record HistoryView(string RegionCode, string IndicatorId, string Unit, Period From, Period To, ImmutableArray<HistoryPoint> Points);

/// <summary>One vintage of a figure; <see cref="Latest"/> marks the vintage in force.</summary>
public sealed record HistoryPoint(
    Period Period,
    double Value,
    int Vintage,
    bool Latest,
    ObservationStatus Status,
    Basis Basis,
    string Source,
    string SubmissionId,
    DateTimeOffset RecordedAt);
