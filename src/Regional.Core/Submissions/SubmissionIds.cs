using System.Text.RegularExpressions;

namespace Regional.Submissions;

/// <summary>The rule for submission ids: 1 to 128 characters of <c>[A-Za-z0-9._:-]</c>, safe as a table key.</summary>
public static partial class SubmissionIds
{
    public const string Pattern = "^[A-Za-z0-9._:-]{1,128}$";

    // The pattern's '$' also matches before a final newline; a key with a control character is refused by Table storage.
    public static bool IsValid(string? id) => id is not null && !id.EndsWith('\n') && IdPattern().IsMatch(id);

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
