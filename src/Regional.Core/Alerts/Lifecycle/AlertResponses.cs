using System.Globalization;

namespace Regional.Alerts.Lifecycle;

/// <summary>The outcome of a human response: the new response and its history line, or the reasons it was refused.</summary>
public sealed record AlertResponseDecision(AlertResponse? Response, AlertEvent? Event, IReadOnlyList<string> Problems, bool PreconditionFailed = false)
{
    public bool Accepted => Problems.Count == 0;
}

/// <summary>
/// Acknowledging and closing an alert: pure decisions over the stored record, at a given time. Acknowledging again
/// replaces the note, owner, commitment and due date (a new due date can be followed up again); a closed alert is not
/// acknowledged again. The system condition is left alone: a closed alert that still fires keeps firing. The actor
/// (who responded) is recorded apart from the owner (who will act); without one, the owner stands for both.
/// </summary>
public static class AlertResponses
{
    public static AlertResponseDecision Acknowledge(AlertRecord record, string note, string owner, string? commitment, DateOnly? due, DateTimeOffset now, AlertActor? actor = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        var problems = new List<string>();
        if (record.Response.Status == AlertResponseStatus.Closed)
        {
            problems.Add($"alert {record.Id} is closed");
        }

        if (string.IsNullOrWhiteSpace(note))
        {
            problems.Add("a note is required");
        }

        if (string.IsNullOrWhiteSpace(owner))
        {
            problems.Add("an owner is required");
        }

        if (problems.Count > 0)
        {
            return new AlertResponseDecision(null, null, problems);
        }

        var by = actor ?? new AlertActor(owner.Trim());
        var response = new AlertResponse(AlertResponseStatus.Acknowledged, note.Trim(), owner.Trim(), string.IsNullOrWhiteSpace(commitment) ? null : commitment.Trim(), due, now, by.Name, by.Id);
        var dueText = due is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "none";
        var ownerEn = response.Owner == by.Name ? string.Empty : $", owner {response.Owner}";
        var ownerZh = response.Owner == by.Name ? string.Empty : $"，责任人{response.Owner}";
        var line = Event(record, AlertEventKind.Acknowledged, now) with
        {
            Actor = by.Name,
            ActorId = by.Id,
            Note = response.Note,
            DueDate = due,
            MessageEn = $"Acknowledged by {by.Name}{ownerEn}, due {dueText}: {response.Note}" + (response.Commitment is { } c ? $" (commitment: {c})" : string.Empty),
            MessageZh = $"{by.Name}已认领{ownerZh}，期限{dueText}：{response.Note}" + (response.Commitment is { } z ? $"（承诺：{z}）" : string.Empty),
        };
        return new AlertResponseDecision(response, line, []);
    }

    public static AlertResponseDecision Close(AlertRecord record, string? note, string? actor, DateTimeOffset now, AlertActor? by = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Response.Status == AlertResponseStatus.Closed)
        {
            return new AlertResponseDecision(null, null, [$"alert {record.Id} is already closed"]);
        }

        var response = record.Response with
        {
            Status = AlertResponseStatus.Closed,
            Note = string.IsNullOrWhiteSpace(note) ? record.Response.Note : note.Trim(),
            Owner = string.IsNullOrWhiteSpace(actor) ? record.Response.Owner : actor.Trim(),
            At = now,
        };
        var closer = by ?? (response.Owner is { } owner ? new AlertActor(owner) : null);
        response = response with { Actor = closer?.Name, ActorId = closer?.Id };
        var line = Event(record, AlertEventKind.Closed, now) with
        {
            Actor = closer?.Name,
            ActorId = closer?.Id,
            Note = note,
            MessageEn = "Closed" + (string.IsNullOrWhiteSpace(note) ? string.Empty : $": {note}"),
            MessageZh = "已关闭" + (string.IsNullOrWhiteSpace(note) ? string.Empty : $"：{note}"),
        };
        return new AlertResponseDecision(response, line, []);
    }

    private static AlertEvent Event(AlertRecord record, AlertEventKind kind, DateTimeOffset now) => new(
        $"{kind.ToString().ToLowerInvariant()}.{now.UtcDateTime.ToString("yyyyMMddTHHmmssfffffff", CultureInfo.InvariantCulture)}",
        record.Id,
        kind,
        record.Episode.LastPeriod,
        now,
        record.Episode.Severity,
        record.Episode.LastValue,
        Streak: record.Episode.Streak);
}
