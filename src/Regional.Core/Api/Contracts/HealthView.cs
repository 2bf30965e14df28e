using System.Collections.Immutable;
using Regional.Periods;

namespace Regional.Api.Contracts;

public enum HealthStatus
{
    /// <summary>Storage answers and no message waits in a poison queue.</summary>
    Healthy,

    /// <summary>Storage answers but messages were given up on and wait in a poison queue.</summary>
    Degraded,

    /// <summary>Storage does not answer.</summary>
    Unhealthy,
}

/// <summary>
/// GET /api/health (anonymous): whether storage answers, how long ago the last submission was ingested and the last
/// evaluation ran (null when none is found in the window looked at), and the depth of the work and poison queues.
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
    ImmutableArray<ServiceHealth> Services);

/// <summary>One storage service the probe reads (<c>queue</c>, <c>table</c>): whether it answered, and if not, why.</summary>
public sealed record ServiceHealth(string Name, bool Reachable, string? Error = null)
{
    public const string Queue = "queue";
    public const string Table = "table";
}

public sealed record QueueHealth(string Name, int? Depth, string PoisonQueue, int? PoisonDepth);
