using Regional.Observations;

namespace Regional.Submissions.Validation;

/// <summary>
/// A figure that passed validation, with its basis settled. <see cref="Value"/> is null for a figure that is
/// intentionally missing and for deletions; neither becomes an <see cref="Observation"/>.
/// </summary>
public sealed record ValidatedObservation(
    ObservationKey Key,
    double? Value,
    Basis Basis,
    ObservationStatus Status,
    SubmissionAction Action,
    string Source)
{
    /// <summary>The observation to store as <paramref name="vintage"/>, or null when there is no figure to store.</summary>
    public Observation? ToObservation(int vintage) =>
        Action == SubmissionAction.Delete || Value is not { } value
            ? null
            : new Observation(Key.RegionCode, Key.IndicatorId, Key.Period, value, Basis, Status, vintage, Source);
}
