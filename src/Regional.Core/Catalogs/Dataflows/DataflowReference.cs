using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Regional.Catalogs.Dataflows;

/// <summary>
/// An SDMX structure reference <c>AGENCY:ID(VERSION)</c>, as SDMX-CSV writes it in <c>DATAFLOW</c> or
/// <c>STRUCTURE_ID</c>. A declared version of <c>*</c> accepts any version of the same agency and id.
/// </summary>
public sealed partial record DataflowReference(string Agency, string Id, string Version)
{
    public const string AnyVersion = "*";

    public static bool TryParse(string? text, [NotNullWhen(true)] out DataflowReference? reference)
    {
        reference = null;
        var match = Pattern().Match(text?.Trim() ?? string.Empty);
        if (!match.Success)
        {
            return false;
        }

        reference = new DataflowReference(match.Groups["agency"].Value, match.Groups["id"].Value, match.Groups["version"].Value);
        return true;
    }

    /// <summary>
    /// Reads the reference out of an SDMX URN (<c>urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=ECB:EXR(1.0)</c>)
    /// or a REST link (<c>.../dataflow/ECB/EXR/1.0</c>), the two ways SDMX-JSON messages name their dataflow.
    /// </summary>
    public static bool TryParseLink(string? text, [NotNullWhen(true)] out DataflowReference? reference)
    {
        reference = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var equals = text.LastIndexOf('=');
        if (text.StartsWith("urn:", StringComparison.OrdinalIgnoreCase) && equals > 0)
        {
            return TryParse(text[(equals + 1)..], out reference);
        }

        var rest = RestPath().Match(text);
        if (rest.Success)
        {
            reference = new DataflowReference(rest.Groups["agency"].Value, rest.Groups["id"].Value, rest.Groups["version"].Value);
            return true;
        }

        return false;
    }

    /// <summary>Whether this declared reference accepts <paramref name="sent"/>: same agency and id, same version or <c>*</c>.</summary>
    public bool Accepts(DataflowReference sent) =>
        string.Equals(Agency, sent.Agency, StringComparison.Ordinal)
        && string.Equals(Id, sent.Id, StringComparison.Ordinal)
        && (Version == AnyVersion || string.Equals(Version, sent.Version, StringComparison.Ordinal));

    public override string ToString() => $"{Agency}:{Id}({Version})";

    [GeneratedRegex(@"^(?<agency>[A-Za-z0-9_@$\-]+(\.[A-Za-z0-9_@$\-]+)*):(?<id>[A-Za-z0-9_@$\-]+)\((?<version>[0-9A-Za-z.+*\-]+)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"/(dataflow|datastructure)/(?<agency>[A-Za-z0-9_@$.\-]+)/(?<id>[A-Za-z0-9_@$\-]+)/(?<version>[0-9A-Za-z.+*\-]+)/?$", RegexOptions.CultureInvariant)]
    private static partial Regex RestPath();
}
