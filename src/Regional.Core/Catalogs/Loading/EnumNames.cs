using System.Text.Json;

namespace Regional.Catalogs.Loading;

/// <summary>
/// Enum values in catalog files are written in kebab case (<c>ytd-growth</c>, <c>higher-is-better</c>); the camelCase,
/// PascalCase and snake_case spellings of the same name (<c>ytdGrowth</c>, <c>YtdGrowth</c>, <c>ytd_growth</c>, as VTL
/// writes <c>non_null</c>) are accepted too. Nothing else is: a spelling outside these forms is refused with the list.
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
        foreach (var candidate in Enum.GetValues<T>())
        {
            var name = candidate.ToString();
            if (text == Canonical(candidate)
                || text == name
                || text == JsonNamingPolicy.CamelCase.ConvertName(name)
                || text == JsonNamingPolicy.SnakeCaseLower.ConvertName(name))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
