using Regional.Alerts.Notifications;
using Regional.Alerts.Silences;
using Regional.Catalogs;
using static Regional.Alerts.MessageText;

namespace Regional.Alerts.Lifecycle;

/// <summary>
/// The timer's decisions over the firing alerts, at a given time:
/// <list type="bullet">
/// <item>release: an alert held by a silence that is no longer active (and that no other silence mutes) is notified now,
/// grouped per region;</item>
/// <item>follow-up: an acknowledged alert still firing after its due date (UTC) is escalated, once per due date;</item>
/// <item>reminder: a critical alert nobody has acknowledged is notified again on the <see cref="ReminderSchedule"/>.</item>
/// </list>
/// Every notification id is derived from what it reports, so a check run twice (or crashed and rerun) sends nothing twice.
/// </summary>
public static class AlertChecks
{
    public static AlertBook Run(Catalog catalog, IReadOnlyList<AlertRecord> records, IReadOnlyList<Silence> silences, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(silences);
        var episodes = new List<AlertEpisode>();
        var events = new List<AlertEvent>();
        var notifications = new List<Notification>();
        var released = new List<AlertEpisode>();
        foreach (var record in records.Where(r => r.Episode.Condition == AlertCondition.Firing).OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            var episode = record.Episode;
            var muting = Silence.Muting(silences, episode.Key, episode.Severity, now);
            if (episode.HeldBy is not null)
            {
                if (muting is null && !episode.Inhibited)
                {
                    released.Add(episode);
                }

                continue;
            }

            if (record.Response is { Status: AlertResponseStatus.Acknowledged, DueDate: { } due }
                && DateOnly.FromDateTime(now.UtcDateTime) > due
                && episode.FollowedUpDue != due)
            {
                var followUp = FollowUp(catalog, record, due, now);
                notifications.Add(followUp);
                events.Add(Delivered(episode, AlertEventKind.FollowUp, followUp, now) with { Actor = record.Response.Owner, DueDate = due });
                episode = episode with { FollowedUpDue = due, UpdatedAt = now };
            }

            if (muting is null && ReminderSchedule.NextDue(catalog.Rules.Alerts, record) is { } next && now >= next)
            {
                var reminder = Reminder(catalog, episode, now);
                notifications.Add(reminder);
                events.Add(Delivered(episode, AlertEventKind.Reminder, reminder, now));
                episode = episode with { Reminders = episode.Reminders + 1, LastNotifiedAt = now, UpdatedAt = now };
            }

            if (!ReferenceEquals(episode, record.Episode))
            {
                episodes.Add(episode);
            }
        }

        foreach (var region in released.GroupBy(e => e.Key.RegionCode, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var period = region.Max(e => e.LastPeriod)!;
            var release = RegionNotifications.Build(
                catalog,
                period,
                region.Key,
                region.Select(NotificationItems.From),
                now,
                region.Key + ".release",
                RegionNotifications.CountEn(region.Count(), "alert") + " no longer silenced, still firing",
                Invariant($"{region.Count()}条预警静默结束，仍在持续"));
            notifications.Add(release);
            foreach (var episode in region)
            {
                events.Add(Delivered(episode, AlertEventKind.Released, release, now) with { Reason = episode.HeldBy });
                episodes.Add(episode with { HeldBy = null, LastNotifiedAt = now, Reminders = 0, UpdatedAt = now });
            }
        }

        return new AlertBook([.. episodes], [.. events], [.. notifications]);
    }

    private static Notification Reminder(Catalog catalog, AlertEpisode episode, DateTimeOffset now)
    {
        var number = episode.Reminders + 1;
        var since = episode.StartedPeriod;
        return Single(
            catalog,
            episode,
            NotificationKind.Reminder,
            $"reminder-{number}",
            now,
            Invariant($"Reminder {number}: still firing since {since}. {episode.MessageEn}"),
            Invariant($"第{number}次提醒：自{RegionNotifications.PeriodZh(since)}起仍在持续。{episode.MessageZh}"));
    }

    private static Notification FollowUp(Catalog catalog, AlertRecord record, DateOnly due, DateTimeOffset now)
    {
        var response = record.Response;
        var dueText = due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var commitmentEn = string.IsNullOrWhiteSpace(response.Commitment) ? string.Empty : $" Commitment: {response.Commitment}.";
        var commitmentZh = string.IsNullOrWhiteSpace(response.Commitment) ? string.Empty : $"承诺：{response.Commitment}。";
        return Single(
            catalog,
            record.Episode,
            NotificationKind.FollowUp,
            $"follow-up-{dueText}",
            now,
            $"Follow-up: due {dueText} has passed and the alert still fires. Owner: {response.Owner}.{commitmentEn} {record.Episode.MessageEn}",
            $"跟进督办：整改期限{dueText}已过，预警仍在持续。责任人：{response.Owner}。{commitmentZh}{record.Episode.MessageZh}");
    }

    private static Notification Single(Catalog catalog, AlertEpisode episode, NotificationKind kind, string fact, DateTimeOffset now, string textEn, string textZh)
    {
        var region = catalog.FindRegion(episode.Key.RegionCode);
        var scope = $"{episode.Key.RegionCode}.{NotificationVocabulary.Name(kind)}";
        return new Notification(
            NotificationIds.For(catalog.Info.Id, episode.LastPeriod, scope, [episode.Id, episode.LastTransitionId, fact]),
            kind,
            catalog.Info.Id,
            episode.LastPeriod,
            episode.Key.RegionCode,
            region?.PeerGroup,
            episode.Severity,
            episode.LastTransitionKind,
            [NotificationItems.From(episode)],
            textEn,
            textZh,
            now);
    }

    private static AlertEvent Delivered(AlertEpisode episode, AlertEventKind kind, Notification notification, DateTimeOffset now) => new(
        $"{NotificationVocabulary.Name(kind)}.{notification.Id}",
        episode.Id,
        kind,
        episode.LastPeriod,
        now,
        episode.Severity,
        episode.LastValue,
        Streak: episode.Streak,
        Notified: true,
        NotificationId: notification.Id,
        MessageEn: notification.TextEn,
        MessageZh: notification.TextZh);
}
