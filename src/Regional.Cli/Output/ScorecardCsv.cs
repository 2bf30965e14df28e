using System.Globalization;
using Regional.Catalogs;
using Regional.Engine;

namespace Regional.Cli.Output;

/// <summary>One CSV row per (region, indicator) with value, target comparison and ranks (RFC 4180 quoting).</summary>
public static class ScorecardCsv
{
    public static void Write(TextWriter writer, Catalog catalog, EvaluationResult result)
    {
        writer.WriteLine("period,region_code,region_name,peer_group,indicator,value,target,gap,band,rank,rank_of,peer_rank,rank_change,quality,quality_marked,composite_score,composite_rank,standing");
        foreach (var card in result.Scorecards)
        {
            var region = catalog.FindRegion(card.RegionCode);
            foreach (var score in card.Indicators)
            {
                var fields = new[]
                {
                    result.Period.ToString(),
                    card.RegionCode,
                    region?.NameEn ?? "",
                    card.PeerGroup ?? "",
                    score.IndicatorId,
                    Number(score.Value),
                    Number(score.Target?.Target),
                    Number(score.Target?.Gap),
                    score.Target?.Band ?? "",
                    Number(score.Comparison?.Rank),
                    Number(score.Comparison?.RankOf),
                    Number(score.Comparison?.PeerRank),
                    Number(score.Comparison?.RankChange),
                    card.Quality.ToString(),
                    score.QualityMarked ? "true" : "false",
                    Number(card.CompositeScore),
                    Number(card.CompositeRank),
                    card.Standing.ToString(),
                };
                writer.WriteLine(string.Join(',', fields.Select(Quote)));
            }
        }
    }

    private static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
