using System.Globalization;
using System.Text;
using Regional.Api.Http;
using Regional.Catalogs;
using Regional.Periods;

namespace Regional.Api;

/// <summary>
/// Path and query values checked before anything reaches storage: a value is parsed, bounded and looked up in the
/// catalog, so a key built from it can only be one the catalog knows (quotes, operators and slashes never get through).
/// A resource named in the path that does not exist is 404; a bad value is 400.
/// </summary>
public static class ApiInputs
{
    private const int MaxCodeLength = 32;
    private const int MaxShown = 64;

    public static Period Period(string? text, string parameter = "period")
    {
        // ASCII only: the period pattern's \d also matches other scripts' digits, which the year parse then cannot read.
        if (text is null || text.Length > 16 || !Ascii.IsValid(text) || !Periods.Period.TryParse(text, out var period))
        {
            throw ApiProblemException.Of(400, ApiProblemCodes.InvalidPeriod, $"{parameter} '{Shown(text)}' is not a period (expected 2025, 2025-S1, 2025-Q3, 2025-09 or 2025-M09)");
        }

        return period;
    }

    public static int Year(string? text)
    {
        if (text is null || text.Length != 4 || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1900)
        {
            throw ApiProblemException.Of(400, ApiProblemCodes.InvalidYear, $"year '{Shown(text)}' is not a four-digit year from 1900");
        }

        return year;
    }

    /// <summary>A region of the catalog; unknown in the path is 404, in the query 400.</summary>
    public static Region Region(Catalog catalog, string? code, bool inPath = true)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        if (!IsCode(code))
        {
            throw ApiProblemException.Of(400, ApiProblemCodes.InvalidRegionCode, $"'{Shown(code)}' is not a region code (letters and digits, up to {MaxCodeLength})");
        }

        return catalog.FindRegion(code!)
            ?? throw ApiProblemException.Of(inPath ? 404 : 400, ApiProblemCodes.UnknownRegion, $"the catalog has no region '{code}'");
    }

    public static Indicator Indicator(Catalog catalog, string? id, bool inPath = true)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        if (!IsCode(id))
        {
            throw ApiProblemException.Of(400, ApiProblemCodes.InvalidIndicatorId, $"'{Shown(id)}' is not an indicator id (letters, digits, '_' and '-', up to {MaxCodeLength})");
        }

        return catalog.FindIndicator(id!)
            ?? throw ApiProblemException.Of(inPath ? 404 : 400, ApiProblemCodes.UnknownIndicator, $"the catalog has no indicator '{id}'");
    }

    /// <summary>A peer group some compared region belongs to, or null when none was asked for.</summary>
    public static string? PeerGroup(Catalog catalog, string? name)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        if (name is null)
        {
            return null;
        }

        if (!catalog.ComparedRegions.Any(r => string.Equals(r.PeerGroup, name, StringComparison.Ordinal)))
        {
            throw ApiProblemException.Of(400, ApiProblemCodes.UnknownPeerGroup, $"no compared region is in peer group '{Shown(name)}'");
        }

        return name;
    }

    /// <summary>A value fit to quote back in a problem detail: bounded, control characters replaced.</summary>
    public static string Shown(string? value)
    {
        if (value is null)
        {
            return string.Empty;
        }

        var clipped = value.Length > MaxShown ? value[..MaxShown] + "…" : value;
        return string.Concat(clipped.Select(c => char.IsControl(c) ? '?' : c));
    }

    private static bool IsCode(string? text) =>
        text is { Length: > 0 and <= MaxCodeLength } && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
}
