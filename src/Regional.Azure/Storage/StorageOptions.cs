using System.ComponentModel.DataAnnotations;
using Regional.Messaging;

namespace Regional.Azure.Storage;

/// <summary>
/// What the tables, containers and queues are called (the account itself is the <see cref="StorageConnection"/>).
/// Table and container names come from the <c>Storage</c> section; the two queue names come from the flat settings
/// <see cref="IngestQueueSetting"/> and <see cref="EvaluateQueueSetting"/>, the ones the queue triggers bind to.
/// </summary>
public sealed class StorageOptions : IValidatableObject
{
    public const string Section = "Storage";
    public const string IngestQueueSetting = "IngestQueueName";
    public const string EvaluateQueueSetting = "EvaluateQueueName";
    public const string DefaultIngestQueue = "ingest";
    public const string DefaultEvaluateQueue = "evaluate";

    /// <summary>Queue names leave room for the <c>-poison</c> suffix within the 63-character limit.</summary>
    private const int MaxQueueNameLength = 63 - 7;

    private const string TablePattern = "^[A-Za-z][A-Za-z0-9]{2,62}$";
    private const string TableMessage = "Table names are 3-63 letters or digits, starting with a letter.";
    private const string ContainerPattern = "^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$";
    private const string ContainerMessage = "Container and queue names are 3-63 lowercase letters, digits and single hyphens.";

    [Required, RegularExpression(TablePattern, ErrorMessage = TableMessage)]
    public string ObservationsTable { get; set; } = "Observations";

    [Required, RegularExpression(TablePattern, ErrorMessage = TableMessage)]
    public string ObservationHistoryTable { get; set; } = "ObservationHistory";

    [Required, RegularExpression(TablePattern, ErrorMessage = TableMessage)]
    public string SubmissionsTable { get; set; } = "Submissions";

    [Required, RegularExpression(TablePattern, ErrorMessage = TableMessage)]
    public string SubmissionsByDayTable { get; set; } = "SubmissionsByDay";

    [Required, RegularExpression(TablePattern, ErrorMessage = TableMessage)]
    public string ScorecardsTable { get; set; } = "Scorecards";

    [Required, RegularExpression(TablePattern, ErrorMessage = TableMessage)]
    public string RankingsTable { get; set; } = "Rankings";

    [Required, RegularExpression(TablePattern, ErrorMessage = TableMessage)]
    public string FindingsTable { get; set; } = "Findings";

    [Required, RegularExpression(TablePattern, ErrorMessage = TableMessage)]
    public string AlertStatesTable { get; set; } = "AlertStates";

    [Required, RegularExpression(TablePattern, ErrorMessage = TableMessage)]
    public string PoisonLogTable { get; set; } = "PoisonLog";

    /// <summary>Alert episodes, their human response and their history.</summary>
    [Required, RegularExpression(TablePattern, ErrorMessage = TableMessage)]
    public string AlertsTable { get; set; } = "Alerts";

    /// <summary>Notifications waiting to be sent, and those sent.</summary>
    [Required, RegularExpression(TablePattern, ErrorMessage = TableMessage)]
    public string OutboxTable { get; set; } = "Outbox";

    [Required, RegularExpression(TablePattern, ErrorMessage = TableMessage)]
    public string SilencesTable { get; set; } = "Silences";

    [Required, RegularExpression(ContainerPattern, ErrorMessage = ContainerMessage)]
    public string RawPayloadContainer { get; set; } = "raw-payloads";

    [Required, RegularExpression(ContainerPattern, ErrorMessage = ContainerMessage)]
    public string QueuePayloadContainer { get; set; } = "queue-payloads";

    /// <summary>The catalog files each catalog version was seeded from, as <c>&lt;id&gt;/&lt;version&gt;/&lt;file&gt;</c>.</summary>
    [Required, RegularExpression(ContainerPattern, ErrorMessage = ContainerMessage)]
    public string CatalogContainer { get; set; } = "catalogs";

    /// <summary>Where bureaus drop files for the scheduled pull.</summary>
    [Required, RegularExpression(ContainerPattern, ErrorMessage = ContainerMessage)]
    public string DropContainer { get; set; } = "incoming";

    /// <summary>From the <see cref="IngestQueueSetting"/> setting.</summary>
    [Required, RegularExpression(ContainerPattern, ErrorMessage = ContainerMessage)]
    public string IngestQueue { get; internal set; } = DefaultIngestQueue;

    /// <summary>From the <see cref="EvaluateQueueSetting"/> setting.</summary>
    [Required, RegularExpression(ContainerPattern, ErrorMessage = ContainerMessage)]
    public string EvaluateQueue { get; internal set; } = DefaultEvaluateQueue;

    /// <summary>
    /// How long storage may keep failing before the clients stop retrying (<see cref="StorageRetryBudget"/>); also how
    /// long opening a connection may take. With storage unreachable a command gives up within about this long.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan RetryBudget { get; set; } = TimeSpan.FromSeconds(10);

    public IEnumerable<string> Tables =>
    [
        ObservationsTable, ObservationHistoryTable, SubmissionsTable, SubmissionsByDayTable,
        ScorecardsTable, RankingsTable, FindingsTable, AlertStatesTable, PoisonLogTable, AlertsTable, OutboxTable,
        SilencesTable,
    ];

    public IEnumerable<string> Containers => [RawPayloadContainer, QueuePayloadContainer, CatalogContainer, DropContainer];

    /// <summary>The work queues and their poison queues (created up front so that listing them never fails).</summary>
    public IEnumerable<string> Queues =>
        [IngestQueue, EvaluateQueue, PoisonQueues.For(IngestQueue), PoisonQueues.For(EvaluateQueue)];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, value) in new[] { (nameof(IngestQueue), IngestQueue), (nameof(EvaluateQueue), EvaluateQueue) })
        {
            if (value is { Length: > MaxQueueNameLength })
            {
                yield return new ValidationResult($"{name} '{value}' is longer than {MaxQueueNameLength} characters; its poison queue name would be too long.", [name]);
            }
        }

        if (string.Equals(IngestQueue, EvaluateQueue, StringComparison.Ordinal))
        {
            yield return new ValidationResult($"{IngestQueueSetting} and {EvaluateQueueSetting} must name different queues.", [nameof(IngestQueue), nameof(EvaluateQueue)]);
        }
    }
}
