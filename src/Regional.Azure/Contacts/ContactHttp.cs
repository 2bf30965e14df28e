using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Regional.Alerts.Contacts;

namespace Regional.Azure.Contacts;

/// <summary>
/// Posting a payload to a contact point's URL and reading the answer. The named client <see cref="ClientName"/> carries
/// the resilience pipeline (retries of network errors, timeouts and 5xx with backoff); what comes back here is
/// classified once: 2xx is the vendor's to judge by its body, 429 and 5xx are tried again later (after the
/// <c>Retry-After</c> the vendor gave), other 4xx are refusals.
/// </summary>
internal static class ContactHttp
{
    public const string ClientName = "Regional.Contacts";

    public static async Task<(ChannelResult? Failure, string Body)> PostAsync(
        IHttpClientFactory clients, string url, byte[] payload, IReadOnlyDictionary<string, string>? headers, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(payload) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var client = clients.CreateClient(ClientName);
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutException or Polly.Timeout.TimeoutRejectedException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return (ChannelResult.Retry($"{ex.GetType().Name}: {ex.Message}"), string.Empty);
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            var answer = Invariant($"HTTP {status}: {Shorten(body)}");
            if (response.IsSuccessStatusCode)
            {
                return (null, body);
            }

            if (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || status >= 500)
            {
                return (ChannelResult.Retry(answer, RetryAfter(response)), body);
            }

            return (ChannelResult.Refused(answer), body);
        }
    }

    public static byte[] Json(object payload) => JsonSerializer.SerializeToUtf8Bytes(payload);

    /// <summary>An integer field of a JSON answer (<c>errcode</c>, <c>code</c>), or null when the body is not such JSON.</summary>
    public static int? Code(string body, string field)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object &&
                document.RootElement.TryGetProperty(field, out var value) && value.TryGetInt32(out var code) ? code : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string Shorten(string body) => body.Length <= 500 ? body : body[..500];

    private static TimeSpan? RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter?.Delta ??
        (response.Headers.RetryAfter?.Date is { } date ? date - DateTimeOffset.UtcNow : null);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    public static string Utf8(byte[] bytes) => Encoding.UTF8.GetString(bytes);
}
