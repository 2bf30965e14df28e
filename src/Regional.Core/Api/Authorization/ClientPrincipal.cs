using System.Collections.Immutable;
using System.Text;
using System.Text.Json;

namespace Regional.Api.Authorization;

/// <summary>
/// The user App Service Authentication signed in, as it forwards it in the <c>X-MS-CLIENT-PRINCIPAL</c> header:
/// Base64 of <c>{"auth_typ": ..., "name_typ": ..., "role_typ": ..., "claims": [{"typ": ..., "val": ...}]}</c>.
/// Roles are the claims of type <c>role_typ</c>, <c>roles</c> (Entra app roles) or the WS-Federation role claim;
/// <see cref="Id"/> is the principal's object id (<c>oid</c> or its URI form, else <c>sub</c> or the name identifier),
/// the stable half of who acted that a display name is not.
/// </summary>
public sealed record ClientPrincipal(string AuthenticationType, string? Name, ImmutableArray<string> Roles, string? Id = null)
{
    public const string Header = "X-MS-CLIENT-PRINCIPAL";

    /// <summary>Larger than any real principal; a bigger header is refused before decoding.</summary>
    public const int MaxHeaderLength = 16 * 1024;

    private const string RoleClaimUri = "http://schemas.microsoft.com/ws/2008/06/identity/claims/role";

    /// <summary>Claims that name the principal for good, most stable first.</summary>
    private static readonly string[] IdClaims =
    [
        "http://schemas.microsoft.com/identity/claims/objectidentifier", "oid", "sub",
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/nameidentifier",
    ];

    public static bool TryParse(string header, out ClientPrincipal? principal, out string error)
    {
        principal = null;
        if (header.Length > MaxHeaderLength)
        {
            error = $"the {Header} header is longer than {MaxHeaderLength} characters";
            return false;
        }

        byte[] json;
        try
        {
            json = Convert.FromBase64String(header.Trim());
        }
        catch (FormatException)
        {
            error = $"the {Header} header is not Base64";
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("claims", out var claims) || claims.ValueKind != JsonValueKind.Array)
            {
                error = $"the {Header} header is not a client principal (an object with a claims array)";
                return false;
            }

            var authType = Text(root, "auth_typ") ?? string.Empty;
            var nameType = Text(root, "name_typ");
            var roleType = Text(root, "role_typ");
            var roles = ImmutableArray.CreateBuilder<string>();
            string? name = null;
            var ids = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var claim in claims.EnumerateArray())
            {
                if (claim.ValueKind != JsonValueKind.Object || Text(claim, "typ") is not { } type || Text(claim, "val") is not { } value)
                {
                    continue;
                }

                if (type == roleType || type is "roles" or "role" or RoleClaimUri)
                {
                    roles.Add(value);
                }
                else if (name is null && (type == nameType || type is "name" or "preferred_username"))
                {
                    name = value;
                }
                else if (IdClaims.Contains(type, StringComparer.Ordinal))
                {
                    ids.TryAdd(type, value);
                }
            }

            var id = IdClaims.Select(c => ids.GetValueOrDefault(c)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
            principal = new ClientPrincipal(authType, name, roles.ToImmutable(), id);
            error = string.Empty;
            return true;
        }
        catch (JsonException ex)
        {
            error = $"the {Header} header is not JSON: {ex.Message}";
            return false;
        }
    }

    /// <summary>The header value for a principal (what the platform would send; used by tests and local tools).</summary>
    public static string Encode(string? name, IEnumerable<string> roles, string authenticationType = "aad", string? id = null)
    {
        var claims = roles.Select(r => new { typ = "roles", val = r }).ToList();
        if (name is not null)
        {
            claims.Add(new { typ = "name", val = name });
        }

        if (id is not null)
        {
            claims.Add(new { typ = "http://schemas.microsoft.com/identity/claims/objectidentifier", val = id });
        }

        var json = JsonSerializer.Serialize(new { auth_typ = authenticationType, name_typ = "name", role_typ = "roles", claims });
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(json));
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
