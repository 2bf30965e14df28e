using System.Globalization;
using System.Text;

namespace Regional.Submissions;

/// <summary>
/// One reason a submission cannot be accepted. <see cref="Line"/> is the 1-based line of the file (null when the
/// problem concerns the whole submission), <see cref="Position"/> the 1-based byte or character in that line when known,
/// <see cref="Field"/> the column name or JSON path, <see cref="Code"/> one of <see cref="ProblemCodes"/>.
/// </summary>
public sealed record SubmissionProblem(int? Line, string? Field, string Code, string Reason, int? Position = null)
{
    /// <summary>For example <c>line 12, field OBS_VALUE: 'abc' is not a number</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        if (Line is { } line)
        {
            text.Append(CultureInfo.InvariantCulture, $"line {line}");
            if (Position is { } position)
            {
                text.Append(CultureInfo.InvariantCulture, $", position {position}");
            }
        }

        if (Field is not null)
        {
            text.Append(text.Length > 0 ? ", " : string.Empty).Append("field ").Append(Field);
        }

        return text.Length > 0 ? $"{text}: {Reason}" : Reason;
    }
}
