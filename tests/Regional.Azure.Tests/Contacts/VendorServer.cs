using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Regional.Alerts.Notifications;

namespace Regional.Azure.Tests.Contacts;

/// <summary>One message a vendor accepted: where, what it showed people, and the raw body.</summary>
public sealed record Received(string Vendor, string Target, string Text, string Body, IReadOnlyDictionary<string, string> Headers);

/// <summary>
/// The chat vendors and a webhook receiver as their documentation says they behave, on Kestrel at 127.0.0.1:
/// WeCom (<c>/cgi-bin/webhook/send?key=</c>: markdown of at most 4,096 bytes, 20 a minute per robot, errcode 45009
/// past it, 93000 for an unknown key), DingTalk (<c>/robot/send?access_token=</c>: the 加签 signature checked against
/// the secret and a timestamp within an hour, errcode 310000 when wrong, 20 a minute then 130101), Feishu
/// (<c>/open-apis/bot/v2/hook/{token}</c>: the body's signature checked, at most 20 KB, code 19021 for a bad signature,
/// 11232 past 100 a minute), Teams (<c>/workflows/{id}</c>: an Adaptive Card message of at most 28 KB, 202) and a
/// webhook receiver (<c>/hooks/{id}</c>: the HMAC-SHA256 signature of the body checked, the body parsed as
/// <c>regional.alert-notification/v1</c>, 200). Minutes are counted on the test's clock, as the vendor counts its own.
/// An outage (<see cref="FailNext"/>) answers 503, a storm (<see cref="ThrottleNext"/>) the vendor's "slow down".
/// </summary>
public sealed class VendorServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private TimeProvider _clock;
    private readonly ConcurrentQueue<Received> _received = new();
    private readonly ConcurrentDictionary<string, List<DateTimeOffset>> _sends = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _failNext = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _throttleNext = new(StringComparer.Ordinal);
    private int _requests;

    public const string WeComKey = "693a91f6-7f9c-4bc4-97a0-0ec2sifa5aaa";
    public const string DingTalkToken = "ff6cd723bdb4455fe18ba30dbeff007f5";
    public const string DingTalkSecret = "SEC6a1e0b7f3c2d4e5f60718293a4b5c6d7e8f9";
    public const string FeishuToken = "2b7d1c9e-feishu-hook";
    public const string FeishuSecret = "qT7bWm2xLr9sKd4v";
    public const string WebhookSecret = "whsec-0f1e2d3c4b5a69788796a5b4c3d2e1f0";

    private VendorServer(WebApplication app, TimeProvider clock)
    {
        _app = app;
        _clock = clock;
    }

    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>Counts minutes and checks timestamps on <paramref name="clock"/> from now on (an app's clock made after the server).</summary>
    public void UseClock(TimeProvider clock) => _clock = clock;

    public IReadOnlyList<Received> Messages => [.. _received];

    /// <summary>Every request that reached the server, accepted or not.</summary>
    public int Requests => Volatile.Read(ref _requests);

    public IReadOnlyList<Received> To(string target) => [.. _received.Where(r => r.Target == target)];

    public string WeComUrl(string robot = "panzhihua") => $"{BaseUrl}/cgi-bin/webhook/send?key={WeComKey}-{robot}";

    public string DingTalkUrl => $"{BaseUrl}/robot/send?access_token={DingTalkToken}";

    public string FeishuUrl => $"{BaseUrl}/open-apis/bot/v2/hook/{FeishuToken}";

    public string TeamsUrl => $"{BaseUrl}/workflows/investment";

    public string WebhookUrl => $"{BaseUrl}/hooks/data-platform";

    /// <summary>The next <paramref name="count"/> requests to <paramref name="target"/> answer 503.</summary>
    public void FailNext(string target, int count) => _failNext[target] = count;

    /// <summary>The next <paramref name="count"/> requests to <paramref name="target"/> get the vendor's throttling answer.</summary>
    public void ThrottleNext(string target, int count) => _throttleNext[target] = count;

    /// <summary>The most messages <paramref name="target"/> accepted within any one minute.</summary>
    public int MostInOneMinute(string target)
    {
        var times = _sends.GetValueOrDefault(target) ?? [];
        lock (times)
        {
            return times.Count == 0 ? 0 : times.Max(t => times.Count(u => u >= t && u < t + TimeSpan.FromMinutes(1)));
        }
    }

    public static async Task<VendorServer> StartAsync(TimeProvider clock)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new VendorServer(app, clock);
        app.MapPost("/cgi-bin/webhook/send", server.WeComAsync);
        app.MapPost("/robot/send", server.DingTalkAsync);
        app.MapPost("/open-apis/bot/v2/hook/{token}", server.FeishuAsync);
        app.MapPost("/workflows/{id}", server.TeamsAsync);
        app.MapPost("/hooks/{id}", server.WebhookAsync);
        await app.StartAsync();
        server.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> WeComAsync(HttpRequest request)
    {
        var (body, json) = await ReadAsync(request);
        var key = request.Query["key"].ToString();
        var target = "wecom:" + key;
        if (Outage(target) is { } outage)
        {
            return outage;
        }

        if (!key.StartsWith(WeComKey, StringComparison.Ordinal))
        {
            return Results.Json(new { errcode = 93000, errmsg = "invalid webhook url" });
        }

        if (json is null || Str(json, "msgtype") != "markdown" || !json.Value.TryGetProperty("markdown", out var markdown) || Str(markdown, "content") is not { } content)
        {
            return Results.Json(new { errcode = 40008, errmsg = "invalid message type" });
        }

        if (Encoding.UTF8.GetByteCount(content) > 4096)
        {
            return Results.Json(new { errcode = 40058, errmsg = "markdown.content exceed max length 4096" });
        }

        if (Throttled(target) || !Admit(target, 20))
        {
            return Results.Json(new { errcode = 45009, errmsg = "api freq out of limit" });
        }

        Accept("wecom", target, content, body, request);
        return Results.Json(new { errcode = 0, errmsg = "ok" });
    }

    private async Task<IResult> DingTalkAsync(HttpRequest request)
    {
        var (body, json) = await ReadAsync(request);
        const string target = "dingtalk";
        if (Outage(target) is { } outage)
        {
            return outage;
        }

        if (request.Query["access_token"] != DingTalkToken)
        {
            return Results.Json(new { errcode = 300001, errmsg = "token is not exist" });
        }

        var timestamp = long.TryParse(request.Query["timestamp"], NumberStyles.None, CultureInfo.InvariantCulture, out var ms) ? ms : 0;
        var expected = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(DingTalkSecret), Encoding.UTF8.GetBytes($"{timestamp}\n{DingTalkSecret}")));
        var age = _clock.GetUtcNow() - DateTimeOffset.FromUnixTimeMilliseconds(timestamp);
        if (request.Query["sign"] != expected || age.Duration() > TimeSpan.FromHours(1))
        {
            return Results.Json(new { errcode = 310000, errmsg = "sign not match" });
        }

        if (json is null || Str(json, "msgtype") != "markdown" || !json.Value.TryGetProperty("markdown", out var markdown) ||
            Str(markdown, "title") is not { Length: > 0 } || Str(markdown, "text") is not { } text)
        {
            return Results.Json(new { errcode = 40035, errmsg = "missing parameter" });
        }

        if (Throttled(target) || !Admit(target, 20))
        {
            return Results.Json(new { errcode = 130101, errmsg = "send too fast, exceed 20 times per minute" });
        }

        Accept("dingtalk", target, text, body, request);
        return Results.Json(new { errcode = 0, errmsg = "ok" });
    }

    private async Task<IResult> FeishuAsync(HttpRequest request, string token)
    {
        var (body, json) = await ReadAsync(request);
        const string target = "feishu";
        if (Outage(target) is { } outage)
        {
            return outage;
        }

        if (Encoding.UTF8.GetByteCount(body) > 20 * 1000)
        {
            return Results.Json(new { code = 9499, msg = "request body too large" });
        }

        if (json is null || token != FeishuToken)
        {
            return Results.Json(new { code = 19001, msg = "param invalid: incoming webhook access token invalid" });
        }

        var timestamp = Str(json, "timestamp") ?? string.Empty;
        var expected = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes($"{timestamp}\n{FeishuSecret}"), Array.Empty<byte>()));
        var seconds = long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
        if (Str(json, "sign") != expected || (_clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > TimeSpan.FromHours(1))
        {
            return Results.Json(new { code = 19021, msg = "sign match fail or timestamp is not within one hour from current time" });
        }

        if (Str(json, "msg_type") != "post" || !json.Value.TryGetProperty("content", out var content) || !content.TryGetProperty("post", out var post))
        {
            return Results.Json(new { code = 9499, msg = "Bad Request" });
        }

        var text = new StringBuilder();
        foreach (var locale in post.EnumerateObject())
        {
            text.Append(Str(locale.Value, "title")).Append('\n');
            foreach (var paragraph in locale.Value.GetProperty("content").EnumerateArray())
            {
                foreach (var element in paragraph.EnumerateArray())
                {
                    text.Append(Str(element, "text"));
                }

                text.Append('\n');
            }
        }

        if (Throttled(target) || !Admit(target, 100))
        {
            return Results.Json(new { code = 11232, msg = "frequency limited" });
        }

        Accept("feishu", target, text.ToString(), body, request);
        return Results.Json(new { code = 0, msg = "success", data = new { } });
    }

    private async Task<IResult> TeamsAsync(HttpRequest request, string id)
    {
        var (body, json) = await ReadAsync(request);
        var target = "teams:" + id;
        if (Outage(target) is { } outage)
        {
            return outage;
        }

        if (Encoding.UTF8.GetByteCount(body) > 28 * 1000)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        if (json is null || Str(json, "type") != "message" || !json.Value.TryGetProperty("attachments", out var attachments) ||
            attachments.GetArrayLength() != 1 || Str(attachments[0], "contentType") != "application/vnd.microsoft.card.adaptive" ||
            !attachments[0].TryGetProperty("content", out var card) || Str(card, "type") != "AdaptiveCard")
        {
            return Results.BadRequest(new { error = new { code = "InvalidRequestContent", message = "The request content is not an Adaptive Card message." } });
        }

        if (Throttled(target) || !Admit(target, 60))
        {
            return Results.StatusCode(StatusCodes.Status429TooManyRequests);
        }

        var text = string.Join('\n', card.GetProperty("body").EnumerateArray().Select(b => Str(b, "text")));
        Accept("teams", target, text, body, request);
        return Results.Accepted();
    }

    private async Task<IResult> WebhookAsync(HttpRequest request, string id)
    {
        var bytes = await ReadBytesAsync(request);
        var target = "webhook:" + id;
        if (Outage(target) is { } outage)
        {
            return outage;
        }

        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(WebhookSecret), bytes));
        if (!string.Equals(request.Headers["X-Regional-Signature"], expected, StringComparison.Ordinal))
        {
            return Results.Unauthorized();
        }

        if (string.IsNullOrEmpty(request.Headers["Idempotency-Key"]))
        {
            return Results.BadRequest("Idempotency-Key is required");
        }

        NotificationMessage message;
        try
        {
            message = NotificationMessage.Parse(Encoding.UTF8.GetString(bytes));
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException)
        {
            return Results.BadRequest(ex.Message);
        }

        if (Throttled(target) || !Admit(target, 60))
        {
            return Results.StatusCode(StatusCodes.Status429TooManyRequests);
        }

        Accept("webhook", target, message.Id, Encoding.UTF8.GetString(bytes), request);
        return Results.Ok();
    }

    private IResult? Outage(string target)
    {
        Interlocked.Increment(ref _requests);
        return Take(_failNext, target) ? Results.StatusCode(StatusCodes.Status503ServiceUnavailable) : null;
    }

    private bool Throttled(string target) => Take(_throttleNext, target);

    private static bool Take(ConcurrentDictionary<string, int> counters, string target)
    {
        foreach (var (key, _) in counters)
        {
            if (target.StartsWith(key, StringComparison.Ordinal))
            {
                while (counters.TryGetValue(key, out var left) && left > 0)
                {
                    if (counters.TryUpdate(key, left - 1, left))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>Counts a send against the vendor's per-minute limit; false when the minute is full.</summary>
    private bool Admit(string target, int perMinute)
    {
        var now = _clock.GetUtcNow();
        var times = _sends.GetOrAdd(target, _ => []);
        lock (times)
        {
            if (times.Count(t => now - t < TimeSpan.FromMinutes(1)) >= perMinute)
            {
                return false;
            }

            times.Add(now);
            return true;
        }
    }

    private void Accept(string vendor, string target, string text, string body, HttpRequest request) =>
        _received.Enqueue(new Received(vendor, target, text, body, request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase)));

    private static async Task<(string Body, JsonElement? Json)> ReadAsync(HttpRequest request)
    {
        var body = Encoding.UTF8.GetString(await ReadBytesAsync(request));
        try
        {
            using var document = JsonDocument.Parse(body);
            return (body, document.RootElement.Clone());
        }
        catch (JsonException)
        {
            return (body, null);
        }
    }

    private static async Task<byte[]> ReadBytesAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    private static string? Str(JsonElement? element, string name) =>
        element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
