namespace Regional.Catalogs.Loading;

/// <summary>catalog.json: id, version, names, description and the sources the catalog's figures come from.</summary>
internal static class CatalogInfoReader
{
    public const string FileName = "catalog.json";

    public static CatalogInfo? Read(JsonObjectReader root)
    {
        var id = root.String("id", required: true);
        var version = root.String("version", required: true);
        var names = root.Names("names");
        var description = root.String("description", string.Empty);
        var sourceIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in root.Objects("sources", required: false))
        {
            var sourceId = source.String("id", required: true);
            source.String("title", required: true);
            source.String("url", required: false);
            source.String("note", required: false);
            source.ReportUnknownProperties();
            if (sourceId is not null && !sourceIds.Add(sourceId))
            {
                source.Report("id", $"duplicate source id '{sourceId}'");
            }
        }

        root.ReportUnknownProperties();
        if (id is null || version is null || names is null)
        {
            return null;
        }

        return new CatalogInfo(id, version, names.Value.En, names.Value.Zh, description);
    }
}
