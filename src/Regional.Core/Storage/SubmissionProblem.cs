namespace Regional.Storage;

/// <summary>One thing wrong with a submission: where (line, field), a stable code and a reason for people.</summary>
public sealed record SubmissionProblem(int? Line, string? Field, string Code, string Reason);
