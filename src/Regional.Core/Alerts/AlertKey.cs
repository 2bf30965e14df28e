namespace Regional.Alerts;

/// <summary>
/// The identity of an alert episode's subject: one region, one rule, one indicator (empty when the rule has none).
/// <see cref="Id"/> is stable across evaluations and safe in Table Storage keys and Service Bus message ids.
/// </summary>
public readonly record struct AlertKey(string RegionCode, string RuleId, string IndicatorId)
{
    public string Id => $"{RegionCode}.{RuleId}.{(IndicatorId.Length == 0 ? "-" : IndicatorId)}";

    public override string ToString() => Id;
}
