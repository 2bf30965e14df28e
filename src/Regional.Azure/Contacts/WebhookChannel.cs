using System.Security.Cryptography;
using Regional.Alerts.Contacts;
using Regional.Alerts.Notifications;
using Regional.Pipeline;

namespace Regional.Azure.Contacts;

/// <summary>
/// Any HTTP endpoint: each notification is POSTed as its own request, the JSON of docs/alerts-contract.md
/// (<c>regional.alert-notification/v1</c>, only the items the route let through). Headers: <see cref="SignatureHeader"/>
/// <c>sha256=</c> and the lower-case hex HMAC-SHA256 of the body bytes keyed by the contact point's secret, so the
/// receiver can check the sender; <see cref="IdempotencyHeader"/> the delivery id, the same on every retry, so the
/// receiver drops a repeat. 2xx is accepted; 408, 429 and 5xx are tried again later; any other answer is a refusal.
/// </summary>
public sealed class WebhookChannel(IHttpClientFactory clients, IContactSettings settings, ICatalogProvider catalogs) : IContactChannel
{
    public const string SignatureHeader = "X-Regional-Signature";
    public const string IdempotencyHeader = "Idempotency-Key";
    public const string DeliveryHeader = "X-Regional-Delivery";

    public ContactKind Kind => ContactKind.Webhook;

    public bool OneNotificationPerMessage => true;

    public static string Signature(byte[] body, string secret) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret), body));

    public async Task<ChannelResult> SendAsync(ContactPoint point, IReadOnlyList<Delivery> deliveries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(point);
        ArgumentNullException.ThrowIfNull(deliveries);
        if (ContactSecrets.Url(settings, point) is not { } url)
        {
            return ContactSecrets.MissingSetting(point, point.Setting);
        }

        if (ContactSecrets.Secret(settings, point) is not { } secret)
        {
            return ContactSecrets.MissingSetting(point, point.SecretSetting ?? ContactPoint.DefaultSecretSetting(point.Id));
        }

        var delivery = deliveries.Single();
        var body = NotificationMessage.From(delivery.Notification, catalogs.Catalog).ToUtf8Json();
        var headers = new Dictionary<string, string>
        {
            [SignatureHeader] = Signature(body, secret),
            [IdempotencyHeader] = delivery.Id,
            [DeliveryHeader] = delivery.Id,
        };
        var (failure, answer) = await ContactHttp.PostAsync(clients, url, body, headers, cancellationToken).ConfigureAwait(false);
        return failure ?? ChannelResult.Sent(ContactHttp.Shorten(answer));
    }
}
