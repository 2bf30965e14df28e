using Regional.Periods;

namespace Regional.Observations;

/// <summary>
/// One reported figure. <see cref="Vintage"/> grows with each revision of the same
/// (region, indicator, period); the latest vintage is the current value and earlier ones are history.
/// </summary>
public sealed record Observation
{
    public Observation(
        string regionCode,
        string indicatorId,
        Period period,
        double value,
        Basis basis,
        ObservationStatus status = ObservationStatus.Provisional,
        int vintage = 1,
        string source = "")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(regionCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(indicatorId);
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Observation values must be finite numbers.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(vintage, 1);
        RegionCode = regionCode;
        IndicatorId = indicatorId;
        Period = period;
        Value = value;
        Basis = basis;
        Status = status;
        Vintage = vintage;
        Source = source ?? string.Empty;
    }

    public string RegionCode { get; }

    public string IndicatorId { get; }

    public Period Period { get; }

    public double Value { get; }

    public Basis Basis { get; }

    public ObservationStatus Status { get; }

    public int Vintage { get; }

    public string Source { get; }

    public ObservationKey Key => new(RegionCode, IndicatorId, Period);
}

/// <summary>The identity of a figure across its vintages.</summary>
public readonly record struct ObservationKey(string RegionCode, string IndicatorId, Period Period)
{
    public override string ToString() => $"{RegionCode}/{IndicatorId}/{Period}";
}
