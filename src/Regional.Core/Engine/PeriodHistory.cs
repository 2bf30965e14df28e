using Regional.Periods;

namespace Regional.Engine;

/// <summary>Stepping back through periods without running past the earliest period a <see cref="Period"/> can hold.</summary>
internal static class PeriodHistory
{
    public static bool TryPrevious(Period period, out Period previous)
    {
        if (period.Year <= 1900 && period.Index == 1)
        {
            previous = default;
            return false;
        }

        previous = period.Previous();
        return true;
    }
}
