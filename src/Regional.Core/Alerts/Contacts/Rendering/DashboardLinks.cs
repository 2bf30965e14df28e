namespace Regional.Alerts.Contacts.Rendering;

/// <summary>
/// Links into the dashboard (setting <c>Dashboard:BaseUrl</c>): an alert's page is <c>{base}/alerts/{alertId}</c>,
/// the alert list of a region and period <c>{base}/alerts?region={code}&amp;period={period}</c>. Without a base URL
/// messages carry no links and name the alert id instead.
/// </summary>
public sealed class DashboardLinks(string? baseUrl)
{
    private readonly string? _base = string.IsNullOrWhiteSpace(baseUrl) ? null : baseUrl.TrimEnd('/');

    public static DashboardLinks None { get; } = new(null);

    public bool Enabled => _base is not null;

    public string? Alert(string alertId) => _base is null ? null : $"{_base}/alerts/{Uri.EscapeDataString(alertId)}";

    public string? List(string? regionCode, string period) => _base is null
        ? null
        : regionCode is null
            ? $"{_base}/alerts?period={Uri.EscapeDataString(period)}"
            : $"{_base}/alerts?region={Uri.EscapeDataString(regionCode)}&period={Uri.EscapeDataString(period)}";
}
