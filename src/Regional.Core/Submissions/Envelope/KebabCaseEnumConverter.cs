using System.Text.Json;
using System.Text.Json.Serialization;

namespace Regional.Submissions.Envelope;

/// <summary>Enums in envelopes are kebab-case strings: <c>provisional</c>, <c>ytd-growth</c>.</summary>
public sealed class KebabCaseEnumConverter<T>() : JsonStringEnumConverter<T>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false)
    where T : struct, Enum;
