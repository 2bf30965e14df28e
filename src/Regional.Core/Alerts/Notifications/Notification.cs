using System.Collections.Immutable;
using Regional.Catalogs;
using Regional.Periods;

namespace Regional.Alerts.Notifications;

public enum NotificationKind
{
    /// <summary>All of one region's alert transitions of one evaluation.</summary>
    Region,

    /// <summary>The provincial summary of one evaluation: who lags, who breached, who leads.</summary>
    Summary,

    /// <summary>A reminder for a critical alert still firing.</summary>
    Reminder,

    /// <summary>An acknowledged alert still firing after its due date.</summary>
    FollowUp,
}

/// <summary>
/// One message to officials. <see cref="Id"/> is derived from what it reports (catalog, period, region, transition ids),
/// so a notification built again from the same evaluation has the same id: transports use it for duplicate detection.
/// </summary>
public sealed record Notification(
    string Id,
    NotificationKind Kind,
    string CatalogId,
    Period Period,
    string? RegionCode,
    string? PeerGroup,
    Severity Severity,
    TransitionKind? TransitionKind,
    ImmutableArray<NotificationItem> Items,
    string TextEn,
    string TextZh,
    DateTimeOffset CreatedAt);

/// <summary>One alert transition inside a notification.</summary>
public sealed record NotificationItem(
    string AlertId,
    string TransitionId,
    TransitionKind Kind,
    Severity Severity,
    string RegionCode,
    string RuleId,
    string IndicatorId,
    string MessageEn,
    string MessageZh);
