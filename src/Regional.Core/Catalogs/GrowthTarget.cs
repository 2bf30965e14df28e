namespace Regional.Catalogs;

/// <summary>An annual target for an indicator (growth in percent for growth indicators).</summary>
public sealed record GrowthTarget(int Year, string RegionCode, string IndicatorId, double Value, string Source = "");
