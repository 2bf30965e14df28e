using System.ComponentModel.DataAnnotations;

namespace Regional.Azure.Storage;

/// <summary>
/// The storage account, read from the connection named <see cref="Name"/>: the same setting the queue triggers use,
/// so the SDK clients and the Functions host always talk to one account. Either a connection string as the setting's
/// own value (Azurite: <c>UseDevelopmentStorage=true</c>) or, identity-based, the three service URIs with
/// <c>credential</c> = <c>managedidentity</c> and, for a user-assigned identity, its <c>clientId</c>.
/// </summary>
public sealed class StorageConnection : IValidatableObject
{
    public const string Name = "RegionalStorage";

    public const string ManagedIdentity = "managedidentity";

    /// <summary>The value of <c>RegionalStorage</c> itself.</summary>
    public string? ConnectionString { get; internal set; }

    public Uri? TableServiceUri { get; set; }

    public Uri? BlobServiceUri { get; set; }

    public Uri? QueueServiceUri { get; set; }

    /// <summary><c>managedidentity</c>, or empty for DefaultAzureCredential (a developer's sign-in, then managed identity).</summary>
    public string? Credential { get; set; }

    /// <summary>Client id of a user-assigned managed identity; empty for the system-assigned one.</summary>
    public string? ClientId { get; set; }

    public bool UsesConnectionString => !string.IsNullOrWhiteSpace(ConnectionString);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var hasAllUris = TableServiceUri is not null && BlobServiceUri is not null && QueueServiceUri is not null;
        if (!UsesConnectionString && !hasAllUris)
        {
            yield return new ValidationResult(
                $"Set {Name} to a connection string, or all of {Name}__tableServiceUri, {Name}__blobServiceUri and {Name}__queueServiceUri.",
                [nameof(ConnectionString), nameof(TableServiceUri), nameof(BlobServiceUri), nameof(QueueServiceUri)]);
        }

        if (!string.IsNullOrWhiteSpace(Credential) && !string.Equals(Credential, ManagedIdentity, StringComparison.OrdinalIgnoreCase))
        {
            yield return new ValidationResult($"{Name}__credential is '{Credential}'; the only value understood is '{ManagedIdentity}'.", [nameof(Credential)]);
        }
    }
}
