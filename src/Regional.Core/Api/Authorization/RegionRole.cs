namespace Regional.Api.Authorization;

/// <summary>A regional role as granted: its kind (<see cref="Roles.RegionViewer"/> and the like) and the region code.</summary>
public readonly record struct RegionRole(string Kind, string RegionCode)
{
    private static readonly string[] Kinds = [Roles.RegionViewer, Roles.RegionSubmitter, Roles.AlertResponder];

    public static bool TryParse(string role, out RegionRole parsed)
    {
        parsed = default;
        var colon = role.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == role.Length - 1)
        {
            return false;
        }

        var kind = role[..colon];
        var code = role[(colon + 1)..];
        if (!Kinds.Contains(kind, StringComparer.Ordinal) || code.Length > 32 || !code.All(char.IsAsciiLetterOrDigit))
        {
            return false;
        }

        parsed = new RegionRole(kind, code);
        return true;
    }

    public override string ToString() => $"{Kind}:{RegionCode}";
}
