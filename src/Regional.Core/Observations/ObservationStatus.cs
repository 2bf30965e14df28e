namespace Regional.Observations;

/// <summary>SDMX OBS_STATUS semantics, reduced to what the engine distinguishes.</summary>
public enum ObservationStatus
{
    Provisional,
    Final,
    Revised,
}
