using Regional.Alerts;

namespace Regional.Engine.RedLines;

/// <summary>
/// A red line evaluated for one region: the value, the limit that applies (for bands: the entered band's lower edge,
/// or the first warning band's edge while green) and the gap to it. <see cref="Finding"/> is null within the line.
/// </summary>
public sealed record RedLineOutcome(AlertKey Key, double Value, double? Threshold, double? Gap, Finding? Finding);
