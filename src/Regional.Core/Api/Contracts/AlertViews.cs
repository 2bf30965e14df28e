using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Regional.Alerts;
using Regional.Alerts.Lifecycle;
using Regional.Alerts.Silences;
using Regional.Api.Http;
using Regional.Catalogs;
using Regional.Periods;

namespace Regional.Api.Contracts;

/// <summary>GET /api/alerts: one page, newest episode first; <see cref="ContinuationToken"/> fetches the next (null on the last page).</summary>
public sealed record AlertPage(ImmutableArray<AlertView> Alerts, string? ContinuationToken);

/// <summary>GET /api/alerts/{id} and the answer to an acknowledgement: the alert and its history, oldest line first.</summary>
public sealed record AlertDocument(AlertView Alert, ImmutableArray<AlertEvent> History);

/// <summary>
/// An alert episode as dashboards show it: the system condition (firing or resolved, severity, since when, for how
/// many periods), whether a silence holds its notification, and the human response apart from it. <see cref="ETag"/>
/// is the alert's entity tag, for If-Match on a response.
/// </summary>
public sealed record AlertView(
    string Id,
    string RegionCode,
    string RuleId,
    string IndicatorId,
    AlertCondition Condition,
    Severity Severity,
    string State,
    Period StartedPeriod,
    DateTimeOffset StartedAt,
    Period LastPeriod,
    int Streak,
    double? LastValue,
    bool Inhibited,
    Period? ResolvedPeriod,
    DateTimeOffset? ResolvedAt,
    string? SilencedBy,
    string MessageEn,
    string MessageZh,
    AlertResponse Response,
    [property: JsonPropertyName("etag")] string ETag)
{
    public static AlertView Of(AlertRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var e = record.Episode;
        return new(
            e.Id, e.Key.RegionCode, e.Key.RuleId, e.Key.IndicatorId, e.Condition, e.Severity, e.State, e.StartedPeriod, e.StartedAt,
            e.LastPeriod, e.Streak, e.LastValue, e.Inhibited, e.ResolvedPeriod, e.ResolvedAt, e.HeldBy, e.MessageEn, e.MessageZh, record.Response,
            AlertTags.Of(record));
    }
}

/// <summary>
/// POST /api/alerts/{id}/acknowledge. <see cref="Owner"/> is who will act on the alert and defaults to the signed-in
/// caller's name; who acknowledged is always the signed-in caller, whatever the body says.
/// </summary>
public sealed record AcknowledgeRequest(string? Note, string? Owner = null, string? Commitment = null, DateOnly? DueDate = null);

/// <summary>POST /api/alerts/{id}/close: why, optionally. Who closed it is the signed-in caller.</summary>
public sealed record CloseRequest(string? Note = null);

/// <summary>GET /api/silences.</summary>
public sealed record SilenceList(ImmutableArray<SilenceView> Silences);

/// <summary>A silence; <see cref="Active"/> when it mutes matching alerts now.</summary>
public sealed record SilenceView(
    string Id,
    string? RegionCode,
    string? RuleId,
    string? IndicatorId,
    Severity? Severity,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string Author,
    string Reason,
    DateTimeOffset CreatedAt,
    bool Active,
    string? AuthorId)
{
    public static SilenceView Of(Silence silence, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(silence);
        var m = silence.Matcher;
        return new(
            silence.Id, Blank(m.RegionCode), Blank(m.RuleId), Blank(m.IndicatorId), m.Severity,
            silence.StartsAt, silence.EndsAt, silence.Author, silence.Reason, silence.CreatedAt, silence.IsActive(now), silence.AuthorId);
    }

    private static string? Blank(string value) => value.Length == 0 ? null : value;
}

/// <summary>
/// POST /api/silences: what to match (at least one of region, rule, indicator, severity), for how many hours from now,
/// and why. The author is the signed-in administrator.
/// </summary>
public sealed record SilenceRequest(string? Region, string? Rule, string? Indicator, Severity? Severity, double? Hours, string? Reason);
