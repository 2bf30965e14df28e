using System.Text;
using Regional.Catalogs;
using Regional.Core.Tests.Catalogs;
using Regional.Submissions;

namespace Regional.Core.Tests.Submissions.Dataflows;

/// <summary>The real SDMX messages kept in tests/Samples/sdmx, read through the exchange test catalog's dataflows.</summary>
internal static class SdmxSamples
{
    public static readonly DateTimeOffset Now = new(2026, 1, 15, 0, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<Catalog> LoadedCatalog = new(() => CatalogLoader.Load(CatalogFolder.Fixture("exchange")));

    public static Catalog Catalog => LoadedCatalog.Value;

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Samples", "sdmx", name));

    public static string Text(string name) => Encoding.UTF8.GetString(Bytes(name));

    public static ParsedSubmission Read(string name, string? contentType = null) => Read(Bytes(name), contentType);

    public static ParsedSubmission Read(byte[] payload, string? contentType = null) =>
        SubmissionReader.Read(payload, contentType, Submit.Context(), dataflows: Catalog.Dataflows);

    public static ParsedSubmission Read(string text, Catalog catalog) =>
        SubmissionReader.Read(Encoding.UTF8.GetBytes(text), null, Submit.Context(), dataflows: catalog.Dataflows);
}
