using Regional.Periods;

namespace Regional.Deadlines;

/// <summary>
/// When reports are due: <see cref="DaysAfterPeriodEnd"/> days after a period of <see cref="Frequency"/> ends
/// (the bundled catalog is reported quarterly).
/// </summary>
public sealed record DeadlineSettings(int DaysAfterPeriodEnd, Frequency Frequency)
{
    public const int DefaultDaysAfterPeriodEnd = 25;

    public static DeadlineSettings Default { get; } = new(DefaultDaysAfterPeriodEnd, Frequency.Quarterly);
}
