using System.Diagnostics;
using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Regional.Catalogs;
using Regional.Observations;
using Regional.Periods;
using Regional.Spreadsheets;
using Regional.Submissions;

namespace Regional.Benchmarks.Spreadsheets;

/// <summary>
/// <c>dotnet run -c Release --project tests/Regional.Benchmarks -- excel PHASE FILE</c>: one phase of the Excel
/// template's life on a 100,000-row template, in a process of its own so that its peak working set is its own.
/// Phases: <c>write</c> (the template, streamed), <c>fill</c> (every value cell, through the SDK's document model),
/// <c>read</c> (the filled file as a submission, streamed) and <c>read-dom</c> (the same cells loaded through the
/// document model: the baseline the streaming reader is measured against).
/// </summary>
internal static class ExcelBenchmark
{
    public const string Command = "excel";

    /// <summary>12,500 regions × the 8 required reported indicators of the Sichuan catalog = 100,000 rows.</summary>
    private const int Regions = 12_500;

    private static readonly Period Period = Period.Quarter(2025, 3);

    public static int Run(string[] args)
    {
        if (args is not [var phase, var file])
        {
            Console.Error.WriteLine("usage: excel write|fill|read|read-dom FILE");
            return 2;
        }

        var catalog = WideCatalog();
        var clock = Stopwatch.StartNew();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        string outcome;
        switch (phase)
        {
            case "write":
                using (var output = File.Create(file))
                {
                    TemplateWriter.Write(catalog, Period, catalog.ComparedRegions, output);
                }

                outcome = string.Create(CultureInfo.InvariantCulture, $"{TemplateWriter.Rows(catalog, catalog.ComparedRegions).Count} rows, {new FileInfo(file).Length} bytes");
                break;
            case "fill":
                using (var stream = new FileStream(file, FileMode.Open, FileAccess.ReadWrite))
                {
                    var figures = TemplateWriter.Rows(catalog, catalog.ComparedRegions)
                        .Select((row, i) => (new ObservationKey(row.Region.Code, row.Indicator.Id, Period), 1.0 + (i % 97) / 10.0, ObservationStatus.Final));
                    outcome = string.Create(CultureInfo.InvariantCulture, $"{TemplateFiller.Fill(stream, figures).Count} figures without a row");
                }

                outcome += string.Create(CultureInfo.InvariantCulture, $", {new FileInfo(file).Length} bytes");
                break;
            case "read":
                var parsed = SubmissionReader.Read(File.ReadAllBytes(file), TemplateLayout.MediaType, new SubmissionContext("bench-001", "bench", DateTimeOffset.UtcNow), new SubmissionLimits(64L * 1024 * 1024));
                outcome = string.Create(CultureInfo.InvariantCulture, $"{parsed.Observations.Length} figures, {parsed.Problems.Length} problems");
                break;
            case "read-dom":
                using (var document = SpreadsheetDocument.Open(file, isEditable: false))
                {
                    var cells = document.WorkbookPart!.WorksheetParts.Sum(p => p.Worksheet!.Descendants<Cell>().Count());
                    outcome = string.Create(CultureInfo.InvariantCulture, $"{cells} cells loaded");
                }

                break;
            default:
                Console.Error.WriteLine($"unknown phase '{phase}'");
                return 2;
        }

        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{phase,-9} {clock.Elapsed.TotalSeconds,7:F2} s  peak working set {process.PeakWorkingSet64 / 1048576.0,7:F0} MiB  allocated {allocated / 1048576.0,8:F0} MiB  {outcome}"));
        return 0;
    }

    /// <summary>The Sichuan catalog with its 21 prefectures replaced by 12,500 synthetic ones.</summary>
    private static Catalog WideCatalog()
    {
        var sichuan = CatalogLoader.LoadDefault();
        var root = sichuan.Root ?? throw new InvalidOperationException("The bundled catalog declares its root.");
        var regions = Enumerable.Range(0, Regions)
            .Select(i => new Region(string.Create(CultureInfo.InvariantCulture, $"R{i:D5}"), $"Region {i}", $"地区{i}", "prefecture", root.Code, "all"))
            .Prepend(root);
        return sichuan with { Regions = [.. regions], Targets = [] };
    }
}
