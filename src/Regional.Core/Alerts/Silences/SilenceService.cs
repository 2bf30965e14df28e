using Regional.Alerts.Lifecycle;
using Regional.Catalogs;
using Regional.Engine;
using Regional.Pipeline;
using Regional.Storage;

namespace Regional.Alerts.Silences;

/// <summary>The result of adding a silence: the stored silence, or why it was refused.</summary>
public sealed record SilenceDecision(Silence? Silence, IReadOnlyList<string> Problems)
{
    public bool Accepted => Problems.Count == 0;
}

/// <summary>Adds, lists and expires silences. A silence starts now and runs for the given time.</summary>
public sealed class SilenceService(ICatalogProvider catalogs, ISilenceStore silences, TimeProvider clock)
{
    public Task<SilenceDecision> AddAsync(SilenceMatcher matcher, TimeSpan duration, string author, string reason, CancellationToken cancellationToken = default) =>
        AddAsync(matcher, duration, new AlertActor(author), reason, cancellationToken);

    /// <summary>Adds a silence by <paramref name="author"/>, the signed-in principal (name and id).</summary>
    public async Task<SilenceDecision> AddAsync(SilenceMatcher matcher, TimeSpan duration, AlertActor author, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        ArgumentNullException.ThrowIfNull(author);
        var catalog = catalogs.Catalog;
        var now = clock.GetUtcNow();
        var silence = new Silence(NewId(now), matcher, now, now + duration, author.Name?.Trim() ?? string.Empty, reason?.Trim() ?? string.Empty, now, author.Id);
        var problems = silence.Problems().Concat(Unknown(catalog, matcher)).ToList();
        if (problems.Count > 0)
        {
            return new SilenceDecision(null, problems);
        }

        await silences.AddAsync(catalog.Info.Id, silence, cancellationToken).ConfigureAwait(false);
        return new SilenceDecision(silence, []);
    }

    public Task<IReadOnlyList<Silence>> ListAsync(CancellationToken cancellationToken = default) =>
        silences.ListAsync(catalogs.Catalog.Info.Id, cancellationToken);

    public Task<Silence?> ExpireAsync(string silenceId, CancellationToken cancellationToken = default) =>
        silences.ExpireAsync(catalogs.Catalog.Info.Id, silenceId, clock.GetUtcNow(), cancellationToken);

    private static readonly string[] BuiltInRules =
    [
        RuleIds.GrowthTarget, RuleIds.QualityRange, RuleIds.QualityCompleteness, RuleIds.QualityHierarchy,
        RuleIds.QualityCrossIndicator, RuleIds.QualityRevision, RuleIds.QualityPeerOutlier, RuleIds.QualityTargetHugging,
        RuleIds.QualityBenford, RuleIds.QualityArithmetic,
    ];

    // Time first, so ids list in the order silences were made; the random tail keeps two made at once apart.
    private static string NewId(DateTimeOffset now) =>
        $"s-{now.UtcDateTime:yyyyMMddHHmmss}-{Guid.NewGuid().ToString("N")[..6]}";

    /// <summary>A matcher naming a region, rule or indicator the catalog does not know would silence nothing.</summary>
    private static IEnumerable<string> Unknown(Catalog catalog, SilenceMatcher matcher)
    {
        if (matcher.RegionCode.Length > 0 && catalog.FindRegion(matcher.RegionCode) is null)
        {
            yield return $"unknown region '{matcher.RegionCode}'";
        }

        if (matcher.IndicatorId.Length > 0 && catalog.FindIndicator(matcher.IndicatorId) is null)
        {
            yield return $"unknown indicator '{matcher.IndicatorId}'";
        }

        var rules = catalog.Rules.RedLines.Select(r => r.Id).Concat(BuiltInRules);
        if (matcher.RuleId.Length > 0 && !rules.Contains(matcher.RuleId, StringComparer.Ordinal))
        {
            yield return $"unknown rule '{matcher.RuleId}'";
        }
    }
}
