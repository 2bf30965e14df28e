using System.Collections.Immutable;
using Regional.Observations;

namespace Regional.Storage;

/// <summary>
/// What a write changed: <see cref="Added"/> figures seen for the first time, <see cref="Revised"/> figures that got a
/// new vintage, <see cref="Unchanged"/> figures whose latest vintage already held the value.
/// <see cref="Stored"/> lists the vintages written (new figures and revisions) with their assigned vintage numbers.
/// </summary>
public sealed record ObservationWriteSummary(int Added, int Revised, int Unchanged, ImmutableArray<Observation> Stored);
