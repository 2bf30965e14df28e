using Regional.Observations;

namespace Regional.Storage;

/// <summary>A stored vintage with where it came from and when the store first recorded it.</summary>
public sealed record StoredObservation(Observation Observation, string SubmissionId, DateTimeOffset RecordedAt);
