namespace Regional.Catalogs;

/// <summary>
/// An annual target for an indicator (growth in percent for growth indicators). <see cref="Qualifier"/> names one of
/// the catalog's target qualifiers ("around", "above", "range"); <see cref="Upper"/> is the upper end of a range
/// target, whose <see cref="Value"/> is the lower end.
/// </summary>
public sealed record GrowthTarget(int Year, string RegionCode, string IndicatorId, double Value, string Source = "", string? Qualifier = null, double? Upper = null);
