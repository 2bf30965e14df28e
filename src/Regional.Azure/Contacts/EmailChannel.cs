using System.Net;
using System.Net.Sockets;
using System.Text;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using Polly;
using Regional.Alerts.Contacts;
using Regional.Alerts.Contacts.Rendering;

namespace Regional.Azure.Contacts;

/// <summary>
/// E-mail through the SMTP relay of <see cref="SmtpOptions"/> (MailKit): one mail with a plain-text and an HTML part
/// listing every delivery due for the contact point, so a digest contact point gets one mail a day. The contact
/// point's setting holds its addresses (comma or semicolon separated). Network failures are retried at once by a
/// Polly pipeline; a 4xx reply of the relay is tried again later; a 5xx reply (mailbox unknown, relaying refused) is
/// a refusal recorded with the relay's words.
/// </summary>
public sealed class EmailChannel(IContactSettings settings, IOptions<SmtpOptions> options, ContactMessages messages) : IContactChannel
{
    private static readonly ResiliencePipeline Transient = new ResiliencePipelineBuilder()
        .AddRetry(new Polly.Retry.RetryStrategyOptions
        {
            MaxRetryAttempts = 2,
            Delay = TimeSpan.FromMilliseconds(200),
            BackoffType = DelayBackoffType.Exponential,
            ShouldHandle = new PredicateBuilder().Handle<SocketException>().Handle<IOException>().Handle<SmtpProtocolException>(),
        })
        .Build();

    public ContactKind Kind => ContactKind.Email;

    public bool OneNotificationPerMessage => false;

    public async Task<ChannelResult> SendAsync(ContactPoint point, IReadOnlyList<Delivery> deliveries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(point);
        var smtp = options.Value;
        if (string.IsNullOrWhiteSpace(smtp.Host))
        {
            return ChannelResult.Retry("the setting 'Smtp__Host' has no value: no relay to send e-mail through");
        }

        if (ContactSecrets.Url(settings, point) is not { } addresses)
        {
            return ContactSecrets.MissingSetting(point, point.Setting);
        }

        MimeMessage message;
        try
        {
            message = Build(point, messages.Document(point, deliveries), smtp.From, addresses);
        }
        catch (ParseException ex)
        {
            return ChannelResult.Refused($"an address of '{point.Setting}' or 'Smtp__From' is not valid: {ex.Message}");
        }

        try
        {
            var answer = await Transient.ExecuteAsync(async token => await SendOnceAsync(smtp, message, token).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            return ChannelResult.Sent(answer);
        }
        catch (SmtpCommandException ex) when ((int)ex.StatusCode >= 500)
        {
            return ChannelResult.Refused($"SMTP {(int)ex.StatusCode} {ex.ErrorCode}: {ex.Message}");
        }
        catch (SmtpCommandException ex)
        {
            return ChannelResult.Retry($"SMTP {(int)ex.StatusCode} {ex.ErrorCode}: {ex.Message}");
        }
        catch (Exception ex) when (ex is SocketException or IOException or SmtpProtocolException or AuthenticationException or SslHandshakeException)
        {
            return ChannelResult.Retry($"{ex.GetType().Name}: {ex.Message}");
        }
    }

    public static MimeMessage Build(ContactPoint point, MessageDocument document, string from, string addresses)
    {
        ArgumentNullException.ThrowIfNull(point);
        ArgumentNullException.ThrowIfNull(document);
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(from));
        foreach (var address in addresses.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            message.To.Add(MailboxAddress.Parse(address));
        }

        message.Subject = (point.DigestAt is null ? string.Empty : point.Language == ContactLanguage.En ? "Daily digest: " : "每日汇总：") + document.Title;
        var builder = new BodyBuilder { TextBody = PlainText(document), HtmlBody = Html(document, point.Language) };
        message.Body = builder.ToMessageBody();
        return message;
    }

    public static string PlainText(MessageDocument document)
    {
        var text = new StringBuilder().Append(document.Title).Append("\n\n");
        foreach (var line in document.Lines)
        {
            text.Append(line.Kind == LineKind.Item ? "- " : line.Kind == LineKind.Heading ? "\n" : string.Empty).Append(line.Text);
            if (line.Link is not null)
            {
                text.Append("\n  ").Append(line.Link);
            }

            text.Append('\n');
        }

        if (document.OmittedLine is { } omitted)
        {
            text.Append('\n').Append(omitted).Append(document.MoreLink is null ? string.Empty : " " + document.MoreLink).Append('\n');
        }

        return text.ToString();
    }

    public static string Html(MessageDocument document, ContactLanguage language)
    {
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"").Append(language == ContactLanguage.En ? "en" : "zh-CN").Append("\"><body>");
        html.Append("<h1>").Append(WebUtility.HtmlEncode(document.Title)).Append("</h1>");
        var inList = false;
        foreach (var line in document.Lines)
        {
            if (line.Kind != LineKind.Item && inList)
            {
                html.Append("</ul>");
                inList = false;
            }

            var text = WebUtility.HtmlEncode(line.Text);
            var linked = line.Link is null ? text : $"<a href=\"{WebUtility.HtmlEncode(line.Link)}\">{text}</a>";
            switch (line.Kind)
            {
                case LineKind.Heading:
                    html.Append("<h2>").Append(linked).Append("</h2>");
                    break;
                case LineKind.Text:
                    html.Append("<p>").Append(linked).Append("</p>");
                    break;
                default:
                    if (!inList)
                    {
                        html.Append("<ul>");
                        inList = true;
                    }

                    html.Append("<li>").Append(linked).Append("</li>");
                    break;
            }
        }

        if (inList)
        {
            html.Append("</ul>");
        }

        if (document.OmittedLine is { } omitted)
        {
            html.Append("<p>").Append(WebUtility.HtmlEncode(omitted)).Append("</p>");
        }

        return html.Append("</body></html>").ToString();
    }

    private static async Task<string> SendOnceAsync(SmtpOptions smtp, MimeMessage message, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient();
        var security = smtp.Security switch
        {
            SmtpSecurity.None => SecureSocketOptions.None,
            SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
            SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.StartTlsWhenAvailable,
        };
        await client.ConnectAsync(smtp.Host!, smtp.Port, security, cancellationToken).ConfigureAwait(false);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? string.Empty, cancellationToken).ConfigureAwait(false);
        }

        var answer = await client.SendAsync(message, cancellationToken).ConfigureAwait(false);
        await client.DisconnectAsync(quit: true, cancellationToken).ConfigureAwait(false);
        return answer;
    }
}
