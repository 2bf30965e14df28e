namespace Regional.Catalogs;

/// <summary>
/// A region of the hierarchy (province &gt; prefecture &gt; county). <see cref="Code"/> is the official code
/// (GB/T 2260 for China); <see cref="PeerGroup"/> groups regions that are compared with each other first.
/// </summary>
public sealed record Region(
    string Code,
    string NameEn,
    string NameZh,
    string Level,
    string? ParentCode,
    string? PeerGroup);
