using System.ComponentModel.DataAnnotations;

namespace Regional.Azure.Storage;

/// <summary>
/// Where storage lives and what its tables, containers and queues are called. Either
/// <see cref="ConnectionString"/> (Azurite: <c>UseDevelopmentStorage=true</c>) or the three service URIs
/// (Azure, with the managed identity through DefaultAzureCredential).
/// </summary>
public sealed class StorageOptions : IValidatableObject
{
    public const string Section = "Storage";

    private const string TablePattern = "^[A-Za-z][A-Za-z0-9]{2,62}$";
    private const string TableMessage = "Table names are 3-63 letters or digits, starting with a letter.";
    private const string ContainerPattern = "^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$";
    private const string ContainerMessage = "Container and queue names are 3-63 lowercase letters, digits and single hyphens.";

    public string? ConnectionString { get; set; }

    public Uri? TableServiceUri { get; set; }

    public Uri? BlobServiceUri { get; set; }

    public Uri? QueueServiceUri { get; set; }

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

    [Required, RegularExpression(ContainerPattern, ErrorMessage = ContainerMessage)]
    public string RawPayloadContainer { get; set; } = "raw-payloads";

    [Required, RegularExpression(ContainerPattern, ErrorMessage = ContainerMessage)]
    public string QueuePayloadContainer { get; set; } = "queue-payloads";

    /// <summary>The catalog files each catalog version was seeded from, as <c>&lt;id&gt;/&lt;version&gt;/&lt;file&gt;</c>.</summary>
    [Required, RegularExpression(ContainerPattern, ErrorMessage = ContainerMessage)]
    public string CatalogContainer { get; set; } = "catalogs";

    [Required, RegularExpression(ContainerPattern, ErrorMessage = ContainerMessage)]
    public string IngestQueue { get; set; } = "ingest";

    [Required, RegularExpression(ContainerPattern, ErrorMessage = ContainerMessage)]
    public string EvaluateQueue { get; set; } = "evaluate";

    public IEnumerable<string> Tables =>
    [
        ObservationsTable, ObservationHistoryTable, SubmissionsTable, SubmissionsByDayTable,
        ScorecardsTable, RankingsTable, FindingsTable, AlertStatesTable,
    ];

    public IEnumerable<string> Containers => [RawPayloadContainer, QueuePayloadContainer, CatalogContainer];

    public IEnumerable<string> Queues => [IngestQueue, EvaluateQueue];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var hasConnectionString = !string.IsNullOrWhiteSpace(ConnectionString);
        var hasAllUris = TableServiceUri is not null && BlobServiceUri is not null && QueueServiceUri is not null;
        if (!hasConnectionString && !hasAllUris)
        {
            yield return new ValidationResult(
                $"Set {Section}:ConnectionString, or all of {Section}:TableServiceUri, {Section}:BlobServiceUri and {Section}:QueueServiceUri.",
                [nameof(ConnectionString), nameof(TableServiceUri), nameof(BlobServiceUri), nameof(QueueServiceUri)]);
        }
    }
}
