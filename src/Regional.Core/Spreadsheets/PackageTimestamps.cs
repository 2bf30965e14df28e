using System.IO.Compression;

namespace Regional.Spreadsheets;

/// <summary>
/// Sets every entry of a written workbook's ZIP package to one fixed time, so that the same content gives the same
/// bytes: a template generated twice is one file, and ingesting it twice is recognised as one submission.
/// </summary>
internal static class PackageTimestamps
{
    private static readonly DateTimeOffset Fixed = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Normalise(Stream package)
    {
        package.Position = 0;
        using (var zip = new ZipArchive(package, ZipArchiveMode.Update, leaveOpen: true))
        {
            foreach (var entry in zip.Entries)
            {
                entry.LastWriteTime = Fixed;
            }
        }

        package.Position = 0;
    }
}
