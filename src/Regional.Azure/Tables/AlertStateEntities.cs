using Azure.Data.Tables;
using Regional.Alerts;
using Regional.Catalogs;
using Regional.Periods;

namespace Regional.Azure.Tables;

/// <summary>
/// Alert states of a catalog: partition = escaped catalog id, a row <c>a|region|rule|indicator</c> per alert and a
/// <c>head</c> row whose ETag is the version of the whole set.
/// </summary>
internal static class AlertStateEntities
{
    public const string HeadRow = "head";
    public const string AlertPrefix = "a";

    public static string Partition(string catalogId) => TableKeys.Part(catalogId);

    public static string Row(AlertKey key) =>
        AlertPrefix + TableKeys.Separator + TableKeys.Join(key.RegionCode, key.RuleId, key.IndicatorId);

    public static TableEntity Head(string partition, int count) => new(partition, HeadRow) { ["Count"] = count };

    public static TableEntity Write(string partition, AlertState state) => new(partition, Row(state.Key))
    {
        ["Region"] = state.Key.RegionCode,
        ["Rule"] = state.Key.RuleId,
        ["Indicator"] = state.Key.IndicatorId,
        ["Condition"] = state.Condition.ToString(),
        ["Severity"] = state.Severity.ToString(),
        ["State"] = state.State,
        ["StartedPeriod"] = state.StartedPeriod.ToString(),
        ["StartedAt"] = state.StartedAt,
        ["LastPeriod"] = state.LastPeriod.ToString(),
        ["Streak"] = state.Streak,
        ["LastValue"] = state.LastValue,
        ["Inhibited"] = state.Inhibited,
        ["ResolvedPeriod"] = state.ResolvedPeriod?.ToString(),
        ["ResolvedAt"] = state.ResolvedAt,
    };

    public static AlertState Read(TableEntity entity) => new(
        new AlertKey(entity.GetString("Region"), entity.GetString("Rule"), entity.GetString("Indicator") ?? string.Empty),
        Enum.Parse<AlertCondition>(entity.GetString("Condition")),
        Enum.Parse<Severity>(entity.GetString("Severity")),
        entity.GetString("State") ?? string.Empty,
        Period.Parse(entity.GetString("StartedPeriod")),
        entity.GetDateTimeOffset("StartedAt") ?? DateTimeOffset.MinValue,
        Period.Parse(entity.GetString("LastPeriod")),
        entity.GetInt32("Streak") ?? 0,
        entity.GetDouble("LastValue"),
        entity.GetBoolean("Inhibited") ?? false,
        entity.GetString("ResolvedPeriod") is { Length: > 0 } resolved ? Period.Parse(resolved) : null,
        entity.GetDateTimeOffset("ResolvedAt"));
}
