using System.Globalization;
using System.Text;

namespace Regional.Api.Contracts;

/// <summary>
/// The period scorecard as CSV: one row per region and indicator (RFC 4180 quoting). Text cells that a spreadsheet
/// would run as a formula are prefixed with an apostrophe.
/// </summary>
public static class ScorecardCsv
{
    public const string Header =
        "period,region_code,region_name_en,region_name_zh,peer_group,indicator,value,target,gap,band,needed_rest_of_year,rank,rank_of,peer_rank,peer_rank_of,rank_change,versus_median,quality_marked,quality,worst_red_line,composite_score,composite_rank,standing,lagging_streak";

    public static string Write(PeriodScorecardView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var text = new StringBuilder().Append(Header).Append("\r\n");
        foreach (var card in view.Regions)
        {
            foreach (var score in card.Indicators)
            {
                string[] fields =
                [
                    view.Period.ToString(),
                    Text(card.RegionCode),
                    Text(card.NameEn),
                    Text(card.NameZh),
                    Text(card.PeerGroup),
                    Text(score.IndicatorId),
                    Number(score.Value),
                    Number(score.Target?.Target),
                    Number(score.Target?.Gap),
                    Text(score.Target?.Band),
                    Number(score.Target?.NeededRestOfYear),
                    Number(score.Comparison?.Rank),
                    Number(score.Comparison?.RankOf),
                    Number(score.Comparison?.PeerRank),
                    Number(score.Comparison?.PeerRankOf),
                    Number(score.Comparison?.RankChange),
                    Name(score.Comparison?.VersusMedian),
                    score.QualityMarked ? "true" : "false",
                    Name(card.Quality),
                    Name(card.WorstRedLine),
                    Number(card.CompositeScore),
                    Number(card.CompositeRank),
                    Name(card.Standing),
                    Number(card.LaggingStreak),
                ];
                text.AppendJoin(',', fields.Select(Quote)).Append("\r\n");
            }
        }

        return text.ToString();
    }

    private static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>Enum values as the JSON shows them (kebab case).</summary>
    private static string Name(Enum? value) =>
        value is null ? string.Empty : System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    private static string Text(string? value) =>
        value is { Length: > 0 } && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value ?? string.Empty;

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
