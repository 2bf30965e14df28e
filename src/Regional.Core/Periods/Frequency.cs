namespace Regional.Periods;

/// <summary>SDMX frequency codes used for reporting periods.</summary>
public enum Frequency
{
    Annual,
    SemiAnnual,
    Quarterly,
    Monthly,
}
