using Azure.Storage.Queues;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Regional.Alerts.Notifications;
using Regional.Alerts.Outbox;
using Regional.Azure.Messaging;
using Regional.Azure.Tests.Messaging;
using Regional.Storage;

namespace Regional.Azure.Tests.Alerts;

/// <summary>The outbox, the Storage-queue transport and a dispatcher over one test's storage.</summary>
internal static class OutboxFixture
{
    public const string CatalogId = "sichuan";

    public static string QueueName(TestStorage storage) => storage.Settings["Alerts:Queue"]!;

    public static StorageQueueNotificationTransport QueueTransport(TestStorage storage) =>
        new(storage.Get<IWorkQueue>(), storage.Get<QueueServiceClient>(), Options.Create(new AlertTransportOptions { Queue = QueueName(storage) }), SichuanNotifications.Catalogs);

    public static OutboxDispatcher Dispatcher(TestStorage storage, INotificationTransport transport, int batchSize = 50) =>
        new(SichuanNotifications.Catalogs, storage.Get<IOutbox>(), transport, DispatchSettings.Default with { BatchSize = batchSize }, storage.Clock, NullLogger<OutboxDispatcher>.Instance);

    public static Notification[] Notifications(int count) =>
        [.. Enumerable.Range(1, count).Select(i => SichuanNotifications.Region($"sichuan.2025-Q3.510400.{i:D4}", SichuanNotifications.Item()))];

    /// <summary>The notification ids on the queue, one per message (a resend shows twice).</summary>
    public static async Task<List<string>> Delivered(TestStorage storage)
    {
        var queue = storage.Get<IWorkQueue>();
        var ids = new List<string>();
        while (true)
        {
            var batch = await queue.ReceiveAsync(QueueName(storage), 32, TimeSpan.FromMinutes(5));
            if (batch.Count == 0)
            {
                return ids;
            }

            ids.AddRange(batch.Select(m => NotificationMessage.Parse(m.Body).Id));
        }
    }
}
