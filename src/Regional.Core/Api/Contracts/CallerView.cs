using System.Collections.Immutable;
using Regional.Api.Authorization;

namespace Regional.Api.Contracts;

/// <summary>
/// GET /api/me: who the API takes the caller to be and how it authenticates callers here, so that a dashboard offers
/// only what the caller's roles allow (and offers local sign-in only where <see cref="AuthMode"/> is Development).
/// </summary>
public sealed record CallerView(CallerKind Kind, string? Name, ImmutableArray<string> Roles, AuthMode AuthMode)
{
    public static CallerView Of(Caller caller, AuthMode mode)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return new(
            caller.Kind,
            caller.Name,
            [.. caller.GlobalRoles.Order(StringComparer.Ordinal), .. caller.RegionRoles.Select(r => r.ToString()).Order(StringComparer.Ordinal)],
            mode);
    }
}
