using System.Collections.Immutable;
using System.Globalization;
using Regional.Catalogs;

namespace Regional.Engine;

/// <summary>
/// Isolates the rules of one evaluation from each other: a rule that throws for one region (or a check that throws for
/// the whole period) is recorded as a <see cref="RuleFailure"/> and gives its fallback, and everything else is still
/// evaluated. One evaluation owns one guard; the engine stays pure (the guard only collects what failed).
/// </summary>
public sealed class RuleGuard
{
    /// <summary>The pseudo rule ids of the engine's steps that are not rules of their own.</summary>
    public const string Comparison = "comparison";
    public const string Scorecards = "scorecards";
    public const string Alerts = "alerts";

    private readonly List<RuleFailure> _failures = [];

    public IReadOnlyList<RuleFailure> Failures => _failures;

    /// <summary>The body's result, or <paramref name="fallback"/> after recording the failure when it throws.</summary>
    public T Run<T>(string ruleId, string? regionCode, string? indicatorId, Func<T> body, T fallback)
    {
        ArgumentNullException.ThrowIfNull(body);
        try
        {
            return body();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One rule that fails in several of its steps for one region is one failure, said once.
            if (!_failures.Exists(f => f.RuleId == ruleId && f.RegionCode == regionCode && f.IndicatorId == indicatorId))
            {
                _failures.Add(new RuleFailure(ruleId, regionCode, indicatorId, Describe(ex)));
            }

            return fallback;
        }
    }

    /// <summary>One finding per failure (kind <see cref="FindingKind.Failure"/>, state <c>error</c>, severity Info: never an alert of its own).</summary>
    public ImmutableArray<Finding> Findings(Catalog catalog, Periods.Period period)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return [.. _failures.Select(f => ToFinding(catalog, period, f))];
    }

    public const string ErrorState = "error";

    private static Finding ToFinding(Catalog catalog, Periods.Period period, RuleFailure failure)
    {
        // A failure of no one region is filed under the root; a flat catalog has none, so under its first region, and
        // the text says it concerns every region.
        var top = catalog.Root ?? catalog.Regions[0];
        var region = failure.RegionCode is null ? top : catalog.FindRegion(failure.RegionCode) ?? top;
        var scope = failure.RegionCode is null ? "every region" : region.NameEn;
        var scopeZh = failure.RegionCode is null ? "所有地区" : region.NameZh;
        var indicator = failure.IndicatorId is { Length: > 0 } id ? $" ({id})" : string.Empty;
        var detail = string.Create(
            CultureInfo.InvariantCulture,
            $"The {failure.RuleId} rule failed for {scope}{indicator} in {period.Label} and was skipped; its alerts are left as they were. Error: {failure.Error}");
        var detailZh = string.Create(
            CultureInfo.InvariantCulture,
            $"{period.Label}{scopeZh}{indicator}的{failure.RuleId}规则计算出错，已跳过，相关预警保持不变。错误：{failure.Error}");
        return new Finding(
            region.Code,
            failure.RuleId,
            failure.IndicatorId ?? string.Empty,
            FindingKind.Failure,
            Severity.Info,
            ErrorState,
            null,
            null,
            null,
            detail,
            DetailZh: detailZh);
    }

    private static string Describe(Exception ex) => $"{ex.GetType().Name}: {ex.Message.Split('\n', 2)[0].Trim()}";
}
