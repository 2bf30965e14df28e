using Regional.Alerts.Notifications;
using Regional.Alerts.Silences;
using Regional.Catalogs;
using Regional.Engine;

namespace Regional.Alerts.Lifecycle;

/// <summary>
/// Records an evaluation's alert transitions: each transition updates its episode and adds a line to the episode's
/// history; a notifiable transition that an active silence matches is recorded as silenced and held (the silence
/// check notifies it when the silence is over, if it still fires); the others are grouped into notifications, one per
/// region plus a provincial summary. Alerts still firing without a transition get their streak and latest value.
/// Pure: the time is the evaluation's, the stored episodes and silences come in as arguments.
/// </summary>
public static class AlertLifecycle
{
    public static AlertBook Record(
        Catalog catalog,
        EvaluationResult result,
        IReadOnlyDictionary<string, AlertRecord> stored,
        IReadOnlyList<Silence> silences)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(silences);
        var now = result.EvaluatedAt;
        var states = AlertStates.Index(result.Alerts);
        var episodes = new List<AlertEpisode>();
        var pending = new List<(AlertTransition Transition, string AlertId, Silence? Silence, bool Notified)>();
        foreach (var transition in result.Transitions)
        {
            if (!states.TryGetValue(transition.Key, out var state))
            {
                continue;
            }

            var id = AlertIds.For(state);
            var prior = stored.GetValueOrDefault(id)?.Episode;
            var silence = transition.Notify ? Silence.Muting(silences, transition.Key, transition.Severity, now) : null;
            var notified = transition.Notify && silence is null;
            episodes.Add(Episode(id, state, transition, prior, notified, silence, now));
            pending.Add((transition, id, silence, notified));
        }

        var changed = pending.Select(p => p.Transition.Key).ToHashSet();
        foreach (var state in result.Alerts.Where(s => s.Condition == AlertCondition.Firing && s.LastPeriod == result.Period && !changed.Contains(s.Key)))
        {
            if (stored.GetValueOrDefault(AlertIds.For(state))?.Episode is { } episode
                && (episode.LastPeriod != state.LastPeriod || episode.Streak != state.Streak || episode.LastValue != state.LastValue))
            {
                episodes.Add(episode with { LastPeriod = state.LastPeriod, Streak = state.Streak, LastValue = state.LastValue, UpdatedAt = now });
            }
        }

        var notifications = EvaluationNotifications.Build(catalog, result, [.. pending.Where(p => p.Notified).Select(p => (p.Transition, p.AlertId))]);
        var sentIn = notifications
            .Where(n => n.Kind == NotificationKind.Region)
            .SelectMany(n => n.Items.Select(i => (i.TransitionId, n.Id)))
            .ToDictionary(x => x.TransitionId, x => x.Id, StringComparer.Ordinal);
        var events = pending.Select(p => Event(p.Transition, p.AlertId, p.Notified, p.Silence, sentIn.GetValueOrDefault(p.Transition.Id)));
        return new AlertBook([.. episodes], [.. events], [.. notifications]);
    }

    private static AlertEpisode Episode(string id, AlertState state, AlertTransition transition, AlertEpisode? prior, bool notified, Silence? silence, DateTimeOffset now) => new(
        id,
        state.Key,
        state.Condition,
        state.Severity,
        state.State,
        state.StartedPeriod,
        state.StartedAt,
        state.LastPeriod,
        state.Streak,
        state.LastValue,
        state.Inhibited,
        state.ResolvedPeriod,
        state.ResolvedAt,
        transition.Kind == TransitionKind.Resolved ? transition.Duration : null,
        transition.Id,
        transition.Kind,
        now,
        transition.MessageEn,
        transition.MessageZh,
        notified ? transition.At : prior?.LastNotifiedAt,
        notified ? 0 : prior?.Reminders ?? 0,

        // A silenced resolution holds nothing: only a firing alert is notified when its silence ends.
        HeldBy(transition, prior, silence),
        prior?.FollowedUpDue);

    private static string? HeldBy(AlertTransition transition, AlertEpisode? prior, Silence? silence) => transition.Kind switch
    {
        TransitionKind.Resolved or TransitionKind.Inhibited => null,
        TransitionKind.Deescalated => prior?.HeldBy,
        _ => silence?.Id,
    };

    private static AlertEvent Event(AlertTransition t, string alertId, bool notified, Silence? silence, string? notificationId) => new(
        t.Id,
        alertId,
        Enum.Parse<AlertEventKind>(t.Kind.ToString()),
        t.Period,
        t.At,
        t.Severity,
        t.Value,
        t.Threshold,
        t.Gap,
        t.Streak,
        t.Duration,
        notified,
        silence is not null,
        silence?.Id ?? t.InhibitedReason,
        notificationId,
        MessageEn: t.MessageEn,
        MessageZh: t.MessageZh);
}
