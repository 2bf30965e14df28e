namespace Regional.Messaging;

/// <summary>The queue trigger's naming of the queue where given-up messages go.</summary>
public static class PoisonQueues
{
    public const string Suffix = "-poison";

    public static string For(string queueName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(queueName);
        return queueName + Suffix;
    }
}
