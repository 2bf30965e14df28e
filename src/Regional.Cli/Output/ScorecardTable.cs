using Regional.Engine.Targets;
using System.Globalization;
using Regional.Catalogs;
using Regional.Engine;
using Spectre.Console;

namespace Regional.Cli.Output;

/// <summary>Renders an evaluation as a readable table: one row per region, best composite rank first.</summary>
public static class ScorecardTable
{
    public static void Write(IAnsiConsole console, Catalog catalog, EvaluationResult result)
    {
        var growthIds = catalog.Rules.Targets.IndicatorIds;
        var table = new Table().Border(TableBorder.Rounded).Title($"[bold]{Markup.Escape(catalog.Info.NameEn)} — scorecard {result.Period}[/]");
        table.AddColumn(new TableColumn("Rank").RightAligned());
        table.AddColumn("Region");
        table.AddColumn("Peer group");
        foreach (var id in growthIds)
        {
            table.AddColumn(new TableColumn(Markup.Escape($"{catalog.FindIndicator(id)?.NameEn ?? id} vs target")).RightAligned());
        }

        table.AddColumn(new TableColumn("Score").RightAligned());
        table.AddColumn("Red lines");
        table.AddColumn("Data quality");
        table.AddColumn("Standing");

        foreach (var card in Order(result.Scorecards))
        {
            var region = catalog.FindRegion(card.RegionCode);
            var row = new List<string>
            {
                card.CompositeRank?.ToString(CultureInfo.InvariantCulture) ?? "–",
                Markup.Escape($"{region?.NameEn ?? card.RegionCode} {region?.NameZh}"),
                Markup.Escape(card.PeerGroup ?? ""),
            };
            row.AddRange(growthIds.Select(id => GrowthCell(catalog.Rules.Targets, card, id)));
            row.Add(card.CompositeScore is { } score ? score.ToString("0.0", CultureInfo.InvariantCulture) : "[grey]n/a[/]");
            row.Add(RedLineCell(card));
            row.Add(QualityCell(card));
            row.Add(StandingCell(card));
            table.AddRow(row.ToArray());
        }

        console.Write(table);
    }

    public static void WriteAlerts(IAnsiConsole console, EvaluationResult result)
    {
        if (result.Transitions.IsEmpty)
        {
            console.MarkupLine("[grey]No alert transitions.[/]");
            return;
        }

        var table = new Table().Border(TableBorder.Simple).Title("[bold]Alert transitions[/]");
        table.AddColumn("Kind");
        table.AddColumn("Severity");
        table.AddColumn("Notify");
        table.AddColumn("Message");
        foreach (var t in result.Transitions)
        {
            table.AddRow(
                Markup.Escape(t.Kind.ToString()),
                SeverityMarkup(t.Severity),
                t.Notify ? "yes" : "[grey]no[/]",
                Markup.Escape(t.MessageEn) + "\n[grey]" + Markup.Escape(t.MessageZh) + (t.InhibitedReason is null ? "" : "\ninhibited: " + Markup.Escape(t.InhibitedReason)) + "[/]");
        }

        console.Write(table);
    }

    private static IEnumerable<RegionScorecard> Order(IEnumerable<RegionScorecard> cards) =>
        cards.OrderBy(c => c.CompositeRank ?? int.MaxValue).ThenBy(c => c.RegionCode, StringComparer.Ordinal);

    private static string GrowthCell(TargetRules rules, RegionScorecard card, string indicatorId)
    {
        var score = card.Indicator(indicatorId);
        if (score?.Value is not { } value)
        {
            return "[grey]missing[/]";
        }

        var text = value.ToString("0.0", CultureInfo.InvariantCulture);
        if (score.Target is { } target)
        {
            var gap = target.Gap.ToString("+0.0;−0.0;0.0", CultureInfo.InvariantCulture);
            text += $" / {target.Target.ToString("0.0", CultureInfo.InvariantCulture)} ({gap})";
            // The catalog's bands are coloured by their severity: the band set is the catalog's, not the table's.
            text = (TargetBands.Find(rules, target.Band)?.Severity ?? Severity.None) switch
            {
                >= Severity.Major => $"[red]{text}[/]",
                Severity.Warning => $"[darkorange]{text}[/]",
                Severity.Info => $"[yellow]{text}[/]",
                _ => $"[green]{text}[/]",
            };
        }

        var rank = score.Comparison is { } c ? $" #{c.Rank}" : "";
        return text + rank + (score.QualityMarked ? " [red]![/]" : "");
    }

    private static string RedLineCell(RegionScorecard card)
    {
        var breaches = card.Findings.Where(f => f.Kind == FindingKind.RedLine).ToList();
        return breaches.Count == 0
            ? "[green]ok[/]"
            : string.Join("\n", breaches.Select(f => $"{SeverityMarkup(f.Severity)} {Markup.Escape(f.RuleId)}: {Markup.Escape(f.State)}"));
    }

    private static string QualityCell(RegionScorecard card)
    {
        var checks = card.Findings.Where(f => f.Kind == FindingKind.Quality).Select(f => $"{f.RuleId.Replace("quality-", "", StringComparison.Ordinal)} {f.State}").ToList();
        var status = card.Quality switch
        {
            QualityStatus.Fail => "[red]fail[/]",
            QualityStatus.Warn => "[yellow]warn[/]",
            _ => "[green]ok[/]",
        };
        return checks.Count == 0 ? status : status + "\n" + Markup.Escape(string.Join(", ", checks));
    }

    private static string StandingCell(RegionScorecard card) => card.Standing switch
    {
        Standing.Lagging => $"[darkorange]lagging ×{card.LaggingStreak}[/]",
        Standing.Leading => "[green]leading[/]",
        _ => "",
    };

    private static string SeverityMarkup(Severity severity) => severity switch
    {
        Severity.Critical => "[red bold]critical[/]",
        Severity.Major => "[red]major[/]",
        Severity.Warning => "[darkorange]warning[/]",
        Severity.Info => "[blue]info[/]",
        _ => "none",
    };
}
