using System.ComponentModel.DataAnnotations;
using Regional.Deadlines;
using Regional.Periods;

namespace Regional.Azure.Pipeline;

/// <summary>Reporting deadlines (section <c>Deadline</c>): reports of a period are due this many days after it ends.</summary>
public sealed class DeadlineOptions
{
    public const string Section = "Deadline";

    [Range(0, 366)]
    public int DaysAfterPeriodEnd { get; set; } = DeadlineSettings.DefaultDaysAfterPeriodEnd;

    /// <summary>The reporting frequency whose deadlines are checked (the bundled catalog: quarterly).</summary>
    [EnumDataType(typeof(Frequency))]
    public Frequency Frequency { get; set; } = Frequency.Quarterly;
}
