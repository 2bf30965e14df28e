using System.ComponentModel.DataAnnotations;

namespace Regional.Azure.Messaging;

/// <summary>
/// Where the Service Bus namespace is (settings under <c>ServiceBus</c>): <see cref="FullyQualifiedNamespace"/> with
/// DefaultAzureCredential in Azure (a user-assigned managed identity by <see cref="ManagedIdentityClientId"/>), or
/// <see cref="ConnectionString"/> for a local run. Required only when the alert transport is Service Bus.
/// </summary>
public sealed class ServiceBusConnectionOptions
{
    public const string Section = "ServiceBus";

    private const string NamespacePattern = "^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$";
    private const string NamespaceMessage = "The namespace is a host name such as regional.servicebus.windows.net, without sb:// or a path.";

    [RegularExpression(NamespacePattern, ErrorMessage = NamespaceMessage)]
    public string? FullyQualifiedNamespace { get; set; }

    public string? ManagedIdentityClientId { get; set; }

    public string? ConnectionString { get; set; }

    public bool HasConnectionString => !string.IsNullOrWhiteSpace(ConnectionString);

    public bool IsConfigured => HasConnectionString || !string.IsNullOrWhiteSpace(FullyQualifiedNamespace);
}
