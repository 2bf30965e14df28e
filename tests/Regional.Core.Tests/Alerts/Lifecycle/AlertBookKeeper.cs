using Regional.Alerts;
using Regional.Alerts.Lifecycle;
using Regional.Alerts.Notifications;
using Regional.Alerts.Silences;
using Regional.Catalogs;
using Regional.Engine;

namespace Regional.Core.Tests.Alerts.Lifecycle;

/// <summary>
/// Stands in for the stores in pure lifecycle tests: records the books that evaluations and checks produce, keeping
/// episodes by id (responses apart, as the store does), history lines by id, and every notification in order.
/// </summary>
internal sealed class AlertBookKeeper(Catalog catalog)
{
    private readonly Dictionary<string, AlertEpisode> _episodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AlertResponse> _responses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AlertEvent> _events = new(StringComparer.Ordinal);

    public List<Silence> Silences { get; } = [];

    public List<Notification> Notifications { get; } = [];

    public IReadOnlyList<AlertRecord> Records =>
        [.. _episodes.Values.Select(e => new AlertRecord(e, _responses.GetValueOrDefault(e.Id, AlertResponse.None)))];

    public AlertRecord Record(string id) => Assert.Single(Records, r => r.Id == id);

    public IReadOnlyList<AlertEvent> History(string alertId) => [.. _events.Values.Where(e => e.AlertId == alertId).OrderBy(e => e.At)];

    public AlertBook Evaluated(EvaluationResult result)
    {
        var stored = Records.Where(r => r.Episode.Condition == AlertCondition.Firing).ToDictionary(r => r.Id, StringComparer.Ordinal);
        return Keep(AlertLifecycle.Record(catalog, result, stored, Silences));
    }

    public AlertBook Checked(DateTimeOffset now) => Keep(AlertChecks.Run(catalog, [.. Records.Where(r => r.Episode.Condition == AlertCondition.Firing)], Silences, now));

    public void Respond(AlertResponseDecision decision)
    {
        Assert.True(decision.Accepted, string.Join("; ", decision.Problems));
        _responses[decision.Event!.AlertId] = decision.Response!;
        _events[decision.Event.Id] = decision.Event;
    }

    private AlertBook Keep(AlertBook book)
    {
        foreach (var episode in book.Episodes)
        {
            _episodes[episode.Id] = episode;
        }

        foreach (var line in book.Events)
        {
            _events[line.Id] = line;
        }

        Notifications.AddRange(book.Notifications);
        return book;
    }
}
