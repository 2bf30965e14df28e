namespace Regional.Catalogs;

/// <summary>
/// One thing wrong with a catalog folder: the file (relative to the folder), the JSON path inside it
/// (<c>$.regions[3].parent</c>; <c>$</c> for the whole file) and the reason.
/// </summary>
public sealed record CatalogProblem(string File, string Path, string Reason)
{
    public override string ToString() => $"{File} {Path}: {Reason}";
}
