using System.Collections.Immutable;

namespace Regional.Submissions;

/// <summary>
/// A submission read from any format. <see cref="Observations"/> holds the figures that could be read;
/// <see cref="Problems"/> holds every problem found, not only the first. A submission with any problem is rejected whole.
/// <see cref="SubmissionId"/>, <see cref="Source"/> and <see cref="SubmittedAt"/> are null when the payload lacked them.
/// </summary>
public sealed record ParsedSubmission(
    string? SubmissionId,
    string? Source,
    DateTimeOffset? SubmittedAt,
    SubmissionFormat Format,
    ImmutableArray<SubmittedObservation> Observations,
    ImmutableArray<SubmissionProblem> Problems)
{
    public bool HasProblems => !Problems.IsDefaultOrEmpty;

    /// <summary>Observations of SDMX series that no mapping of the catalog selects: counted, not stored, not an error.</summary>
    public int Ignored { get; init; }

    /// <summary>A few of the ignored series, described by the dimensions their dataflow's mapping reads.</summary>
    public ImmutableArray<string> IgnoredSeries { get; init; } = [];

    /// <summary>For an Excel template, the catalog and version it was generated from; null for every other format.</summary>
    public Excel.TemplateIdentity? TemplateCatalog { get; init; }

    /// <summary>A submission that could not be read at all, with the reasons.</summary>
    public static ParsedSubmission Unreadable(SubmissionFormat format, SubmissionContext? context, params SubmissionProblem[] problems) =>
        new(context?.SubmissionId, context?.Source, context?.SubmittedAt, format, [], [.. problems]);
}
