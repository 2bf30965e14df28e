using System.Text.Json;

namespace Regional.Catalogs.Loading;

/// <summary>
/// Enum values in catalog files are written in kebab case (<c>ytd-growth</c>, <c>higher-is-better</c>);
/// camelCase and PascalCase spellings of the same name are accepted too.
/// </summary>
internal static class EnumNames
{
    public static string Canonical<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static string Expected<T>()
        where T : struct, Enum => string.Join(", ", Enum.GetValues<T>().Select(v => Canonical(v)));

    public static bool TryParse<T>(string text, out T value)
        where T : struct, Enum
    {
        var wanted = Normalise(text);
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(Normalise(candidate.ToString()), wanted, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    private static string Normalise(string text) => text.Replace("-", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal);
}
