using System.Collections.Frozen;

namespace Regional.Submissions.Sdmx;

/// <summary>
/// SDMX-CSV 2.0 <c>ACTION</c> codes and SDMX-JSON data set actions. <c>I</c> (information), <c>A</c> (append) and
/// <c>M</c> (merge) all add or update figures; <c>R</c> replaces; <c>D</c> deletes. An empty cell or a missing column
/// means merge.
/// </summary>
public static class ActionCodes
{
    public static FrozenDictionary<string, SubmissionAction> Accepted { get; } = new Dictionary<string, SubmissionAction>
    {
        ["I"] = SubmissionAction.Merge,
        ["A"] = SubmissionAction.Merge,
        ["M"] = SubmissionAction.Merge,
        ["R"] = SubmissionAction.Replace,
        ["D"] = SubmissionAction.Delete,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>SDMX-JSON spells actions out (<c>Information</c>, <c>Append</c>, <c>Merge</c>, <c>Replace</c>, <c>Delete</c>).</summary>
    public static FrozenDictionary<string, SubmissionAction> Words { get; } = new Dictionary<string, SubmissionAction>
    {
        ["Information"] = SubmissionAction.Merge,
        ["Append"] = SubmissionAction.Merge,
        ["Merge"] = SubmissionAction.Merge,
        ["Replace"] = SubmissionAction.Replace,
        ["Delete"] = SubmissionAction.Delete,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
}
