namespace Regional.Submissions.Sdmx;

/// <summary>SDMX component ids this project reads; they name the columns of SDMX-CSV and the components of SDMX-JSON.</summary>
public static class SdmxColumns
{
    public const string Dataflow = "DATAFLOW";
    public const string Structure = "STRUCTURE";
    public const string StructureId = "STRUCTURE_ID";
    public const string Action = "ACTION";
    public const string RefArea = "REF_AREA";
    public const string Indicator = "INDICATOR";
    public const string Freq = "FREQ";
    public const string TimePeriod = "TIME_PERIOD";
    public const string ObsValue = "OBS_VALUE";
    public const string ObsStatus = "OBS_STATUS";
    public const string UnitMeasure = "UNIT_MEASURE";

    /// <summary>Columns every SDMX-CSV file must have besides its leading structure columns; the rest depends on the dataflow's mapping.</summary>
    public static IReadOnlyList<string> Required { get; } = [ObsValue];

    /// <summary>Ids defined by the SDMX standard itself, matched ignoring case.</summary>
    public static IReadOnlyList<string> Standard { get; } = [Dataflow, Structure, StructureId, Action, RefArea, Indicator, Freq, TimePeriod, ObsValue, ObsStatus, "UNIT_MULT", "DECIMALS"];
}
