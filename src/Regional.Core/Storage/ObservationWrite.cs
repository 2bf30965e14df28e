using Regional.Observations;

namespace Regional.Storage;

/// <summary>A validated observation to store, with the submission that brought it.</summary>
public sealed record ObservationWrite(Observation Observation, string SubmissionId);
