using System.Globalization;
using System.Text;
using Regional.Engine;

namespace Regional.Benchmarks;

/// <summary>What the evaluated data set produces, so a benchmark figure is known to come from rules that fired.</summary>
public static class EvaluationCounts
{
    public static string Describe(EvaluationInput input, EvaluationResult fromScratch, EvaluationResult withState)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(fromScratch);
        ArgumentNullException.ThrowIfNull(withState);
        var text = new StringBuilder();
        Line(text, $"observations {input.Observations.Length:N0}, regions {input.Catalog.ComparedRegions.Length:N0}, indicators {input.Catalog.Indicators.Length}, period {input.Period}");
        Line(text, $"scorecards {fromScratch.Scorecards.Length:N0}, findings {fromScratch.Findings.Length:N0} ({fromScratch.Findings.Count(f => f.InhibitedBy is not null):N0} inhibited)");
        foreach (var group in fromScratch.Findings.GroupBy(f => (f.Kind, f.RuleId, f.State)).OrderBy(g => g.Key.Kind).ThenBy(g => g.Key.RuleId, StringComparer.Ordinal).ThenBy(g => g.Key.State, StringComparer.Ordinal))
        {
            Line(text, $"  {group.Key.Kind,-8} {group.Key.RuleId,-26} {group.Key.State,-18} {group.Count(),6:N0}");
        }

        Transitions(text, "no previous alerts", fromScratch);
        Line(text, $"previous alert state: {withState.Alerts.Length:N0} alerts after this evaluation, carried from {input.Period.Previous()}");
        Transitions(text, "with the previous quarter's state", withState);
        return text.ToString();
    }

    private static void Transitions(StringBuilder text, string title, EvaluationResult result)
    {
        Line(text, $"transitions, {title}: {result.Transitions.Length:N0} ({result.Transitions.Count(t => t.Notify):N0} notified)");
        foreach (var group in result.Transitions.GroupBy(t => t.Kind).OrderBy(g => g.Key))
        {
            Line(text, $"  {group.Key,-12} {group.Count(),6:N0}");
        }
    }

    private static void Line(StringBuilder text, FormattableString line) =>
        text.AppendLine(line.ToString(CultureInfo.InvariantCulture));
}
