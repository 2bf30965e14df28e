using System.ComponentModel.DataAnnotations;

namespace Regional.Azure.Messaging;

/// <summary>
/// Where the Service Bus namespace is (settings under <c>ServiceBus</c>, named as for a Functions identity-based
/// connection): <see cref="FullyQualifiedNamespace"/> with an Entra ID credential in Azure, or
/// <see cref="ConnectionString"/> for a local run. Required only when the alert transport is Service Bus.
/// </summary>
public sealed class ServiceBusConnectionOptions
{
    public const string Section = "ServiceBus";

    public const string ManagedIdentity = "managedidentity";

    private const string NamespacePattern = "^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$";
    private const string NamespaceMessage = "The namespace is a host name such as regional.servicebus.windows.net, without sb:// or a path.";
    private const string CredentialPattern = "^(?i:managedidentity)$";
    private const string CredentialMessage = "The credential is 'managedidentity', or left out for DefaultAzureCredential.";

    [RegularExpression(NamespacePattern, ErrorMessage = NamespaceMessage)]
    public string? FullyQualifiedNamespace { get; set; }

    /// <summary><c>managedidentity</c> to use only the app's managed identity; left out, DefaultAzureCredential.</summary>
    [RegularExpression(CredentialPattern, ErrorMessage = CredentialMessage)]
    public string? Credential { get; set; }

    /// <summary>The client id of the user-assigned managed identity to sign in as.</summary>
    public string? ClientId { get; set; }

    public string? ConnectionString { get; set; }

    public bool HasConnectionString => !string.IsNullOrWhiteSpace(ConnectionString);

    public bool IsConfigured => HasConnectionString || !string.IsNullOrWhiteSpace(FullyQualifiedNamespace);

    public bool UsesManagedIdentity => string.Equals(Credential, ManagedIdentity, StringComparison.OrdinalIgnoreCase);

    public bool HasClientId => !string.IsNullOrWhiteSpace(ClientId);
}
