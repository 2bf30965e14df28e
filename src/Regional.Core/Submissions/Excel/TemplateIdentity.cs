namespace Regional.Submissions.Excel;

/// <summary>The catalog and version a template was generated from, as its hidden <c>_meta</c> sheet states them.</summary>
public sealed record TemplateIdentity(string CatalogId, string CatalogVersion);
