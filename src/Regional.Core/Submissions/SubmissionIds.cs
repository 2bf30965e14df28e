using System.Text.RegularExpressions;

namespace Regional.Submissions;

/// <summary>
/// The rule for submission ids: 1 to 128 characters of <c>[A-Za-z0-9._:-]</c>, safe as a table key. A stored id may
/// carry its region scope in front (<see cref="SubmissionScope"/>), up to <see cref="MaxStoredLength"/> characters.
/// </summary>
public static partial class SubmissionIds
{
    public const string Pattern = "^[A-Za-z0-9._:-]{1,128}$";

    public const string StoredPattern = "^([A-Za-z0-9_]{1,32}:)?[A-Za-z0-9._:-]{1,128}$";

    public const int MaxLength = 128;

    public const int MaxStoredLength = MaxLength + SubmissionScope.MaxPrefixLength;

    // The pattern's '$' also matches before a final newline; a key with a control character is refused by Table storage.
    public static bool IsValid(string? id) => id is not null && !id.EndsWith('\n') && IdPattern().IsMatch(id);

    /// <summary>An id as stored and asked for over HTTP: a sender's id, with or without its scope.</summary>
    public static bool IsStored(string? id) => id is not null && !id.EndsWith('\n') && StoredIdPattern().IsMatch(id);

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex(StoredPattern, RegexOptions.CultureInvariant)]
    private static partial Regex StoredIdPattern();
}
