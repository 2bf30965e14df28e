using System.ComponentModel.DataAnnotations;

namespace Regional.Azure.Contacts;

public enum SmtpSecurity
{
    /// <summary>STARTTLS when the relay offers it (the usual intranet relay on 25 or 587).</summary>
    Auto,

    /// <summary>No TLS: a relay inside the network that offers none.</summary>
    None,

    /// <summary>STARTTLS, required.</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,
}

/// <summary>
/// The SMTP relay e-mail contact points are sent through (section <c>Smtp</c>). <see cref="Password"/> is a Key Vault
/// reference in Azure. Only read when a contact point of kind <c>email</c> sends.
/// </summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 25;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.Auto;

    /// <summary>The sender address, e.g. <c>"区域预警 Regional alerts" &lt;alerts@example.gov.cn&gt;</c>.</summary>
    public string From { get; set; } = "Regional alerts <alerts@localhost>";

    public string? UserName { get; set; }

    public string? Password { get; set; }
}
