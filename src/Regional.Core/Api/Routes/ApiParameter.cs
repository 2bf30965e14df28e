using System.Collections.Immutable;

namespace Regional.Api.Routes;

/// <summary>A path or query parameter of a route, as documented; query parameters not listed are refused.</summary>
public sealed record ApiParameter(string Name, string Description, string Example, bool Required = false, ImmutableArray<string> Values = default);
