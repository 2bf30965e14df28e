using System.Globalization;
using Regional.Observations;
using Regional.Periods;

namespace Regional.Submissions.Sdmx;

/// <summary>
/// Turns the raw text of one SDMX observation into a <see cref="SubmittedObservation"/>, collecting every problem of
/// the row. Unit of measure is not compared: catalog units are labels for people, not SDMX codes.
/// </summary>
internal static class SdmxRowParser
{
    public static SubmittedObservation? Parse(in SdmxRow row, List<SubmissionProblem> problems)
    {
        var before = problems.Count;
        var line = row.Line;

        var action = SubmissionAction.Merge;
        var actionText = Trimmed(row.Action);
        if (actionText.Length > 0 && !ActionCodes.Accepted.TryGetValue(actionText, out action))
        {
            problems.Add(new(line, row.Field(SdmxColumns.Action), ProblemCodes.UnknownAction, $"'{actionText}' is not an action (expected I, A, M, R or D)"));
        }

        var region = RequiredCode(row.RefArea, row.AreaColumn, row, problems);
        var indicator = RequiredCode(row.Indicator, SdmxColumns.Indicator, row, problems);

        Period period = default;
        var periodText = Trimmed(row.TimePeriod);
        var hasPeriod = false;
        if (periodText.Length == 0)
        {
            problems.Add(new(line, row.Field(row.TimeColumn), ProblemCodes.MissingField, "time period is empty"));
        }
        else if (!Period.TryParse(periodText, out period, out var periodError))
        {
            problems.Add(new(line, row.Field(row.TimeColumn), ProblemCodes.InvalidPeriod, periodError));
        }
        else
        {
            hasPeriod = true;
        }

        var freqText = Trimmed(row.Freq);
        if (freqText.Length > 0)
        {
            if (!FrequencyCodes.Accepted.TryGetValue(freqText, out var frequency))
            {
                problems.Add(new(line, row.Field(SdmxColumns.Freq), ProblemCodes.UnknownFrequency, $"'{freqText}' is not a supported frequency (expected A, S, Q or M)"));
            }
            else if (hasPeriod && frequency != period.Frequency)
            {
                problems.Add(new(line, row.Field(SdmxColumns.Freq), ProblemCodes.FrequencyMismatch, $"frequency '{freqText}' does not match period '{periodText}' ({period.Frequency})"));
            }
        }

        double? value = null;
        var status = ObservationStatus.Provisional;
        if (action != SubmissionAction.Delete)
        {
            // A deletion names only the key; whatever sits in its value and status cells is not read.
            value = Converted(ParseValue(row.ObsValue, line, row.Field(SdmxColumns.ObsValue), problems), row);
            var statusText = Trimmed(row.ObsStatus);
            if (statusText.Length > 0)
            {
                if (!ObsStatusCodes.Accepted.TryGetValue(statusText, out status))
                {
                    problems.Add(new(line, row.Field(SdmxColumns.ObsStatus), ProblemCodes.UnknownStatus, $"'{statusText}' is not an accepted observation status (A, B, P, E, V, or L, M, O, Q for missing values)"));
                }
                else if (value is not null && ObsStatusCodes.MissingValueCodes.Contains(statusText))
                {
                    problems.Add(new(line, row.Field(SdmxColumns.ObsStatus), ProblemCodes.StatusContradictsValue, $"status '{statusText}' marks a missing value but OBS_VALUE holds a figure"));
                }
            }
        }

        if (problems.Count > before || region is null || indicator is null || !hasPeriod)
        {
            return null;
        }

        return new SubmittedObservation(region, indicator, period, value, null, status, action, line, row.Pointer);
    }

    /// <summary>Rounds to the sent <c>DECIMALS</c>, then scales by the unit multiplier's difference.</summary>
    private static double? Converted(double? value, in SdmxRow row)
    {
        if (value is not { } figure)
        {
            return null;
        }

        if (row.Decimals is { } places)
        {
            figure = Math.Round(figure, places, MidpointRounding.AwayFromZero);
        }

        // Dividing by an exact power of ten rounds once; multiplying by its inverse would round twice.
        return row.Scale switch
        {
            0 => figure,
            > 0 => figure * Math.Pow(10, row.Scale),
            _ => figure / Math.Pow(10, -row.Scale),
        };
    }

    /// <summary>Empty, <c>NaN</c> and <c>#N/A</c> mark a figure that is intentionally missing.</summary>
    private static double? ParseValue(string? text, int? line, string field, List<SubmissionProblem> problems)
    {
        var trimmed = Trimmed(text);
        if (IsMissingMarker(trimmed))
        {
            return null;
        }

        if (!double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            problems.Add(new(line, field, ProblemCodes.NotANumber, $"'{trimmed}' is not a number"));
            return null;
        }

        if (NumberLiteral.Problem(trimmed, value) is { } problem)
        {
            problems.Add(new(line, field, problem.Code, problem.Reason));
            return null;
        }

        return NumberLiteral.Normalised(value);
    }

    public static bool IsMissingMarker(string text) =>
        text.Length == 0 || text.Equals("NaN", StringComparison.OrdinalIgnoreCase) || text.Equals("#N/A", StringComparison.OrdinalIgnoreCase);

    private static string? RequiredCode(string? text, string column, in SdmxRow row, List<SubmissionProblem> problems)
    {
        var trimmed = Trimmed(text);
        if (trimmed.Length == 0)
        {
            problems.Add(new(row.Line, row.Field(column), ProblemCodes.MissingField, $"{column} is empty"));
            return null;
        }

        return trimmed;
    }

    private static string Trimmed(string? text) => text?.Trim() ?? string.Empty;
}
