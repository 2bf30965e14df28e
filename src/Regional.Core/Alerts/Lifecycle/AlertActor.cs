namespace Regional.Alerts.Lifecycle;

/// <summary>
/// Who changed an alert's response or added a silence, as authentication established it: the principal's display
/// name and its stable id (null where there is none, as for an operator at the command line). Never taken from a
/// request body: the body's <c>owner</c> says who will act on the alert, not who acted.
/// </summary>
public sealed record AlertActor(string Name, string? Id = null);
