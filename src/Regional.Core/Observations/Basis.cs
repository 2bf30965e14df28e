namespace Regional.Observations;

/// <summary>What a value measures.</summary>
public enum Basis
{
    /// <summary>A level or stock at the end of (or total over) the period: GDP in 100 million yuan, area, count.</summary>
    Level,

    /// <summary>Growth of the period over the same period a year earlier, in percent.</summary>
    PeriodGrowth,

    /// <summary>Growth cumulative from January to the end of the period over the same span a year earlier, in percent.</summary>
    YtdGrowth,
}
