using System.Globalization;
using Azure.Data.Tables;
using Regional.Observations;
using Regional.Periods;
using Regional.Storage;

namespace Regional.Azure.Tables;

/// <summary>
/// The two keyings of an observation vintage. By period: partition <c>catalog|year</c>, row
/// <c>periodInYear|indicator|region|vintage</c>. By region: partition <c>catalog|region</c>, row
/// <c>indicator|periodInTime|vintage</c>. Both rows hold the same properties.
/// </summary>
internal static class ObservationEntities
{
    public static string YearPartition(string catalogId, int year) => TableKeys.Join(catalogId, TableKeys.Year(year));

    public static string RegionPartition(string catalogId, string regionCode) => TableKeys.Join(catalogId, regionCode);

    /// <summary>Row prefix of every figure of a period inside its year partition.</summary>
    public static string PeriodPrefix(Period period) => TableKeys.PeriodInYear(period);

    /// <summary>Row prefix of one region's indicator inside its region partition.</summary>
    public static string IndicatorPrefix(string indicatorId) => TableKeys.Part(indicatorId);

    public static string HistoryRowKey(string indicatorId, Period period) =>
        TableKeys.Part(indicatorId) + TableKeys.Separator + TableKeys.PeriodInTime(period);

    public static TableEntity ByPeriod(string catalogId, StoredObservation stored)
    {
        var o = stored.Observation;
        var entity = new TableEntity(
            YearPartition(catalogId, o.Period.Year),
            TableKeys.PeriodInYear(o.Period) + TableKeys.Separator
                + TableKeys.Join(o.IndicatorId, o.RegionCode, TableKeys.Vintage(o.Vintage)));
        Fill(entity, stored);
        return entity;
    }

    public static TableEntity ByRegion(string catalogId, StoredObservation stored)
    {
        var o = stored.Observation;
        var entity = new TableEntity(
            RegionPartition(catalogId, o.RegionCode),
            HistoryRowKey(o.IndicatorId, o.Period) + TableKeys.Separator + TableKeys.Vintage(o.Vintage));
        Fill(entity, stored);
        return entity;
    }

    public static StoredObservation Read(TableEntity entity)
    {
        var observation = new Observation(
            entity.GetString("Region"),
            entity.GetString("Indicator"),
            Period.Parse(entity.GetString("Period")),
            entity.GetDouble("Value") ?? throw Missing(entity, "Value"),
            Enum.Parse<Basis>(entity.GetString("Basis")),
            Enum.Parse<ObservationStatus>(entity.GetString("Status")),
            entity.GetInt32("Vintage") ?? throw Missing(entity, "Vintage"),
            entity.GetString("Source") ?? string.Empty);
        return new StoredObservation(
            observation,
            entity.GetString("SubmissionId") ?? string.Empty,
            entity.GetDateTimeOffset("RecordedAt") ?? DateTimeOffset.MinValue);
    }

    private static void Fill(TableEntity entity, StoredObservation stored)
    {
        var o = stored.Observation;
        entity["Region"] = o.RegionCode;
        entity["Indicator"] = o.IndicatorId;
        entity["Period"] = o.Period.ToString();
        entity["Value"] = o.Value;
        entity["Basis"] = o.Basis.ToString();
        entity["Status"] = o.Status.ToString();
        entity["Vintage"] = o.Vintage;
        entity["Source"] = o.Source;
        entity["SubmissionId"] = stored.SubmissionId;
        entity["RecordedAt"] = stored.RecordedAt;
    }

    private static InvalidDataException Missing(TableEntity entity, string property) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Entity {entity.PartitionKey}/{entity.RowKey} has no {property}."));
}
