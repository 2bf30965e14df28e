using System.Collections.Immutable;
using System.Text.Json;
using Regional.Serialization;

namespace Regional.Api.Http;

/// <summary>
/// An RFC 9457 problem details body. <see cref="Code"/> is the machine-readable reason (one of
/// <see cref="ApiProblemCodes"/>); <see cref="Type"/> is derived from it. <see cref="Errors"/> lists every
/// individual problem when there are several (for example each line of a rejected submission).
/// </summary>
public sealed record Problem(
    string Type,
    string Title,
    int Status,
    string Detail,
    string Code,
    string? Instance = null,
    ImmutableArray<ProblemError>? Errors = null)
{
    public const string TypePrefix = "urn:regional:problem:";

    public static Problem Of(int status, string code, string detail, string? instance = null, IEnumerable<ProblemError>? errors = null) =>
        new(TypePrefix + code, ApiProblemCodes.Title(code), status, detail, code, instance, errors?.ToImmutableArray());

    public ApiResponse ToResponse() =>
        new(Status, MediaTypes.Problem, JsonSerializer.SerializeToUtf8Bytes(this, RegionalJson.Options), ApiResponse.NoHeaders);
}

/// <summary>One of several problems: where (line and field or JSON path, when known), a code and the reason.</summary>
public sealed record ProblemError(string Code, string Reason, int? Line = null, string? Field = null);
