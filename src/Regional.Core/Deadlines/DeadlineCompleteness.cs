using Microsoft.Extensions.Logging;
using Regional.Engine;
using Regional.Pipeline;

namespace Regional.Deadlines;

/// <summary>
/// After a reporting deadline, evaluates the period it closed with the deadline marked as passed, so the completeness
/// check flags every compared region that has not reported a required indicator, including regions that sent nothing
/// and periods nobody reported for. The evaluation is idempotent: running the check again changes nothing.
/// </summary>
public sealed partial class DeadlineCompleteness(
    ICatalogProvider catalogs,
    EvaluationPipeline evaluation,
    DeadlineSettings settings,
    TimeProvider clock,
    ILogger<DeadlineCompleteness> logger)
{
    public async Task<EvaluationResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var period = ReportingDeadline.LatestPassed(clock.GetUtcNow(), settings);
        var request = EvaluationRequest.For(catalogs.Catalog.Info.Id, period) with { DeadlinePassed = true };
        var result = await evaluation.EvaluateAsync(request, cancellationToken).ConfigureAwait(false);
        var late = result.Findings.Count(f => f.RuleId == RuleIds.QualityCompleteness);
        LogChecked(logger, period.ToString(), ReportingDeadline.Of(period, settings), late);
        return result;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deadline of {Period} ({Deadline:u}) checked: {Regions} regions have not reported every required indicator")]
    private static partial void LogChecked(ILogger logger, string period, DateTimeOffset deadline, int regions);
}
