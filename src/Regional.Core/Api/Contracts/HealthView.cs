using System.Collections.Immutable;
using Regional.Periods;

namespace Regional.Api.Contracts;

public enum HealthStatus
{
    /// <summary>Storage answers and no message waits in a poison queue.</summary>
    Healthy,

    /// <summary>Storage answers but messages were given up on and wait in a poison queue, or deliveries to contact points failed for good.</summary>
    Degraded,

    /// <summary>Storage does not answer.</summary>
    Unhealthy,
}

/// <summary>GET /api/health to an anonymous caller: up or down, nothing about the queues or the data.</summary>
public sealed record HealthSummary(HealthStatus Status, DateTimeOffset CheckedAt);

/// <summary>
/// GET /api/health to a signed-in caller with a role the API knows: whether storage answers, how long ago the last submission was ingested and the last
/// evaluation ran (null when none is found in the window looked at), the depth of the work and poison queues, and how
/// many deliveries to contact points failed for good (`regional outbox failed` lists them with the vendor's answer).
/// <see cref="Services"/> says which storage service answered and which did not (with the reason), so an outage names
/// the service that is down.
/// </summary>
public sealed record HealthView(
    HealthStatus Status,
    DateTimeOffset CheckedAt,
    bool StorageReachable,
    DateTimeOffset? LastIngestionAt,
    double? LastIngestionAgeSeconds,
    Period? LastEvaluatedPeriod,
    DateTimeOffset? LastEvaluationAt,
    double? LastEvaluationAgeSeconds,
    ImmutableArray<QueueHealth> Queues,
    ImmutableArray<ServiceHealth> Services,
    int FailedDeliveries = 0)
{
    public HealthSummary Summary => new(Status, CheckedAt);
}

/// <summary>One storage service the probe reads (<c>queue</c>, <c>table</c>): whether it answered, and if not, why.</summary>
public sealed record ServiceHealth(string Name, bool Reachable, string? Error = null)
{
    public const string Queue = "queue";
    public const string Table = "table";
}

public sealed record QueueHealth(string Name, int? Depth, string PoisonQueue, int? PoisonDepth);
