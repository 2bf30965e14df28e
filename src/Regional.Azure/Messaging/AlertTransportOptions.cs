using System.ComponentModel.DataAnnotations;

namespace Regional.Azure.Messaging;

public enum AlertTransportKind
{
    /// <summary>A Storage queue of the project's storage account: small deployments and local runs on Azurite.</summary>
    StorageQueue,

    /// <summary>A Service Bus topic that subscriptions filter per region and severity.</summary>
    ServiceBus,
}

/// <summary>How alert notifications leave the application (settings under <c>Alerts</c>).</summary>
public sealed class AlertTransportOptions
{
    public const string Section = "Alerts";

    // Service Bus entity names: letters, digits, '.', '-', '_' and '/', starting and ending with a letter or digit.
    private const string TopicPattern = "^(?=.{1,260}$)[A-Za-z0-9]([A-Za-z0-9._/-]*[A-Za-z0-9])?$";
    private const string TopicMessage = "Topic names are 1-260 letters, digits, '.', '-', '_' or '/', starting and ending with a letter or digit.";
    private const string QueuePattern = "^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$";
    private const string QueueMessage = "Queue names are 3-63 lowercase letters, digits and single hyphens.";

    /// <summary>Storage queue unless set: it needs nothing beyond the storage account every run already has.</summary>
    [EnumDataType(typeof(AlertTransportKind))]
    public AlertTransportKind Transport { get; set; } = AlertTransportKind.StorageQueue;

    [Required, RegularExpression(TopicPattern, ErrorMessage = TopicMessage)]
    public string Topic { get; set; } = "alerts";

    [Required, RegularExpression(QueuePattern, ErrorMessage = QueueMessage)]
    public string Queue { get; set; } = "alerts";
}
