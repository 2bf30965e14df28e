using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Regional.Alerts;
using Regional.Alerts.Lifecycle;
using Regional.Api.Contracts;
using Regional.Catalogs;
using Regional.Engine;

namespace Regional.Spreadsheets;

/// <summary>
/// The period's scorecard as a workbook leaders can forward and print: the league table (best composite first, each
/// growth indicator's value coloured by its target band, with the band's word beside it, since colour is never the only
/// signal), a sheet of red lines and a sheet of firing alerts; bilingual headers, frozen header rows with filters, and
/// A4 landscape printing fitted to the page width.
/// </summary>
public static class ScorecardWorkbook
{
    public const string LeagueSheet = "排名 League table";
    public const string RedLinesSheet = "红线 Red lines";
    public const string AlertsSheet = "预警 Alerts";

    /// <summary>
    /// Fill colours (ARGB) of the target bands by the band's severity in the catalog's band set: green for a band that
    /// raises nothing (on track), yellow for info, orange for a warning, red for major and critical.
    /// </summary>
    public static IReadOnlyDictionary<Severity, string> BandColours { get; } = new Dictionary<Severity, string>
    {
        [Severity.None] = "FFC6EFCE",
        [Severity.Info] = "FFFFEB9C",
        [Severity.Warning] = "FFF8CBAD",
        [Severity.Major] = "FFFF7C80",
        [Severity.Critical] = "FFFF7C80",
    };

    /// <summary>A band's words as the catalog names it, Chinese then English (the band's id when the catalog lacks it).</summary>
    public static string BandWord(Catalog catalog, string band)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return Band(catalog, band) is { } found ? $"{found.NameZh} {found.NameEn}" : band;
    }

    private static GrowthBand? Band(Catalog catalog, string band) =>
        catalog.Rules.Targets.BandSet.FirstOrDefault(b => string.Equals(b.Name, band, StringComparison.Ordinal));

    private const uint Header = 1;

    public static void Write(Catalog catalog, PeriodScorecardView scorecard, IReadOnlyList<AlertRecord> alerts, Stream output)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(scorecard);
        ArgumentNullException.ThrowIfNull(alerts);
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
        var sheets = new Sheets();
        var names = new DefinedNames();
        var index = 0U;
        foreach (var (name, rows, widths) in new[] { League(catalog, scorecard), RedLines(catalog, scorecard), Alerts(catalog, alerts) })
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            part.Worksheet = Sheet(rows, widths);
            sheets.AppendChild(new Sheet { Name = name, SheetId = index + 1, Id = workbook.GetIdOfPart(part) });
            var lastColumn = Column(rows[0].Count);
            names.AppendChild(new DefinedName($"'{name}'!$A$1:${lastColumn}${Math.Max(rows.Count, 2)}") { Name = "_xlnm._FilterDatabase", LocalSheetId = index, Hidden = true });
            names.AppendChild(new DefinedName($"'{name}'!$1:$1") { Name = "_xlnm.Print_Titles", LocalSheetId = index });
            index++;
        }

        workbook.Workbook.Append(sheets, names);
        workbook.Workbook.Save();
    }

    private static (string, List<List<(string? Text, double? Number, uint Style)>>, double[]) League(Catalog catalog, PeriodScorecardView scorecard)
    {
        var indicators = catalog.Rules.Targets.IndicatorIds.Select(catalog.FindIndicator).OfType<Indicator>().ToList();
        var header = new List<(string?, double?, uint)>
        {
            ("名次 Rank", null, Header), ("地区代码 Region code", null, Header), ("地区 Region", null, Header), ("片区 Peer group", null, Header),
            ("综合得分 Composite score (0-10)", null, Header), ("态势 Standing", null, Header), ("最严重红线 Worst red line", null, Header), ("数据质量 Data quality", null, Header),
        };
        foreach (var indicator in indicators)
        {
            header.Add(($"{indicator.NameZh} {indicator.NameEn} ({indicator.Unit})", null, Header));
            header.Add(("档次 Band", null, Header));
        }

        var rows = new List<List<(string?, double?, uint)>> { header };
        foreach (var card in scorecard.Regions.OrderBy(c => c.CompositeRank ?? int.MaxValue).ThenBy(c => c.RegionCode, StringComparer.Ordinal))
        {
            var row = new List<(string?, double?, uint)>
            {
                (null, card.CompositeRank, 0), (card.RegionCode, null, 0), ($"{card.NameZh} {card.NameEn}", null, 0), (card.PeerGroup, null, 0),
                (null, card.CompositeScore is { } score ? Math.Round(score, 2) : null, 0), (Word(card.Standing), null, 0), (Word(card.WorstRedLine), null, SeverityStyle(card.WorstRedLine)), (Word(card.Quality), null, 0),
            };
            foreach (var indicator in indicators)
            {
                var scored = card.Indicators.FirstOrDefault(i => i.IndicatorId == indicator.Id);
                var style = scored?.Target is { } target ? BandStyle(Band(catalog, target.Band)?.Severity) : 0U;
                row.Add((scored?.Value is null ? "无数据 no data" : null, scored?.Value, style));
                row.Add((scored?.Target is { } t ? BandWord(catalog, t.Band) : string.Empty, null, style));
            }

            rows.Add(row);
        }

        var widths = new[] { 8.0, 12, 26, 18, 14, 14, 16, 14 }.Concat(indicators.SelectMany(_ => new[] { 22.0, 20 })).ToArray();
        return (LeagueSheet, rows, widths);
    }

    private static (string, List<List<(string? Text, double? Number, uint Style)>>, double[]) RedLines(Catalog catalog, PeriodScorecardView scorecard)
    {
        var rows = new List<List<(string?, double?, uint)>>
        {
            new() { ("地区代码 Region code", null, Header), ("地区 Region", null, Header), ("红线 Red line", null, Header), ("指标 Indicator", null, Header), ("状态 State", null, Header), ("严重程度 Severity", null, Header), ("数值 Value", null, Header), ("阈值 Threshold", null, Header), ("说明 Detail", null, Header) },
        };
        foreach (var card in scorecard.Regions.OrderBy(c => c.RegionCode, StringComparer.Ordinal))
        {
            foreach (var line in card.RedLines)
            {
                var rule = catalog.Rules.RedLines.FirstOrDefault(r => r.Id == line.RuleId);
                rows.Add([
                    (card.RegionCode, null, 0), ($"{card.NameZh} {card.NameEn}", null, 0), (rule is null ? line.RuleId : $"{rule.NameZh} {rule.NameEn}", null, 0), (line.IndicatorId, null, 0),
                    (line.State, null, SeverityStyle(line.Severity)), (Word(line.Severity), null, SeverityStyle(line.Severity)), (null, line.Value, 0), (null, line.Threshold, 0),
                    (line.DetailZh is null ? line.Detail : $"{line.DetailZh} {line.Detail}", null, 0),
                ]);
            }
        }

        return (RedLinesSheet, rows, [12, 26, 30, 22, 14, 16, 12, 12, 80]);
    }

    private static (string, List<List<(string? Text, double? Number, uint Style)>>, double[]) Alerts(Catalog catalog, IReadOnlyList<AlertRecord> alerts)
    {
        var rows = new List<List<(string?, double?, uint)>>
        {
            new() { ("地区代码 Region code", null, Header), ("地区 Region", null, Header), ("规则 Rule", null, Header), ("指标 Indicator", null, Header), ("严重程度 Severity", null, Header), ("起始期间 Since", null, Header), ("连续期数 Periods running", null, Header), ("处置 Response", null, Header), ("预警 Alert (中文)", null, Header), ("Alert (English)", null, Header) },
        };
        foreach (var alert in alerts.Where(a => a.Episode.Condition == AlertCondition.Firing).OrderByDescending(a => a.Episode.Severity).ThenBy(a => a.Episode.Key.RegionCode, StringComparer.Ordinal))
        {
            var episode = alert.Episode;
            var region = catalog.FindRegion(episode.Key.RegionCode);
            rows.Add([
                (episode.Key.RegionCode, null, 0), (region is null ? episode.Key.RegionCode : $"{region.NameZh} {region.NameEn}", null, 0), (episode.Key.RuleId, null, 0), (episode.Key.IndicatorId, null, 0),
                (Word(episode.Severity), null, SeverityStyle(episode.Severity)), (episode.StartedPeriod.ToString(), null, 0), (null, episode.Streak, 0), (alert.Response.Status.ToString().ToLowerInvariant(), null, 0),
                (episode.MessageZh, null, 0), (episode.MessageEn, null, 0),
            ]);
        }

        return (AlertsSheet, rows, [12, 26, 18, 22, 16, 12, 12, 14, 60, 60]);
    }

    private static Worksheet Sheet(List<List<(string? Text, double? Number, uint Style)>> rows, double[] widths)
    {
        var data = new SheetData();
        for (var r = 0; r < rows.Count; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            for (var c = 0; c < rows[r].Count; c++)
            {
                var (text, number, style) = rows[r][c];
                var reference = $"{Column(c + 1)}{r + 1}";
                row.AppendChild(number is { } n
                    ? new Cell(new CellValue(n.ToString("R", CultureInfo.InvariantCulture))) { CellReference = reference, StyleIndex = style }
                    : new Cell(new InlineString(new Text(text ?? string.Empty))) { CellReference = reference, DataType = CellValues.InlineString, StyleIndex = style });
            }

            data.AppendChild(row);
        }

        var columns = new Columns(widths.Select((w, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true }));
        var views = new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0U });
        return new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            views,
            columns,
            data,
            new AutoFilter { Reference = $"A1:{Column(rows[0].Count)}{Math.Max(rows.Count, 2)}" },
            new PageMargins { Left = 0.4, Right = 0.4, Top = 0.5, Bottom = 0.5, Header = 0.3, Footer = 0.3 },
            new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
    }

    /// <summary>The column letters of a 1-based column number: 1 → A, 27 → AA.</summary>
    public static string Column(int number)
    {
        var letters = string.Empty;
        while (number > 0)
        {
            number--;
            letters = (char)('A' + (number % 26)) + letters;
            number /= 26;
        }

        return letters;
    }

    private static uint BandStyle(Severity? severity) => severity switch
    {
        null => 0,
        Severity.None => 2,
        Severity.Info => 3,
        Severity.Warning => 4,
        _ => 5,
    };

    private static uint SeverityStyle(Severity severity) => severity switch
    {
        Severity.Warning => 3,
        Severity.Major => 4,
        Severity.Critical => 5,
        _ => 0,
    };

    private static string Word(Severity severity) => severity switch
    {
        Severity.None => "无 none",
        Severity.Info => "提示 info",
        Severity.Warning => "黄色 warning",
        Severity.Major => "橙色 major",
        _ => "红色 critical",
    };

    private static string Word(Standing standing) => standing switch
    {
        Standing.Leading => "领先 leading",
        Standing.Lagging => "落后 lagging",
        _ => "一般 normal",
    };

    private static string Word(QualityStatus quality) => quality switch
    {
        QualityStatus.Ok => "正常 ok",
        QualityStatus.Warn => "存疑 warn",
        _ => "不合格 fail",
    };

    private static Stylesheet Styles()
    {
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            Solid("FFD9D9D9"),
            Solid(BandColours[Severity.None]),
            Solid(BandColours[Severity.Info]),
            Solid(BandColours[Severity.Warning]),
            Solid(BandColours[Severity.Major]))
        { Count = 7 };
        return new Stylesheet(
            new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
            fills,
            new Borders(new Border()) { Count = 1 },
            new CellFormats(
                new CellFormat(),
                new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center }) { FontId = 1, FillId = 2, ApplyFont = true, ApplyFill = true, ApplyAlignment = true },
                new CellFormat { FillId = 3, ApplyFill = true },
                new CellFormat { FillId = 4, ApplyFill = true },
                new CellFormat { FillId = 5, ApplyFill = true },
                new CellFormat { FillId = 6, ApplyFill = true })
            { Count = 6 });
    }

    private static Fill Solid(string argb) => new(new PatternFill(new ForegroundColor { Rgb = argb }) { PatternType = PatternValues.Solid });
}
