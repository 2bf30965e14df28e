using System.Collections.Immutable;
using Regional.Submissions.Envelope;

namespace Regional.Sample;

/// <summary>Synthetic submissions in the order they were submitted, and the manifest of the cases planted in them.</summary>
public sealed record SampleData(ImmutableArray<SubmissionEnvelope> Envelopes, SampleManifest Manifest);
