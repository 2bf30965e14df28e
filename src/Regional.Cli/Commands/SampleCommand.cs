using System.CommandLine;
using Regional.Cli.Files;
using Regional.Cli.Output;
using Regional.Sample;
using Spectre.Console;

namespace Regional.Cli.Commands;

/// <summary><c>regional sample --out DIR [--seed N]</c>: writes the synthetic sample submissions and their manifest.</summary>
internal static class SampleCommand
{
    public static Command Create(CliContext context)
    {
        var catalog = CommonOptions.Catalog();
        var output = new Option<string>("--out") { Description = "Folder to write the submission files and manifest/planted-cases.json into", HelpName = "DIR", Required = true };
        var seed = new Option<int>("--seed") { Description = "Seed of the generator; the same seed gives the same files", DefaultValueFactory = _ => SampleDataGenerator.DefaultSeed };
        var command = new Command("sample", "Write SYNTHETIC sample submissions (2024-Q1 to 2025-Q4) with planted cases, and their manifest")
        {
            output, seed, catalog,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var loaded = CatalogFolder.Load(parse.GetValue(catalog), context.Error);
            if (loaded is null)
            {
                return ExitCodes.BadInput;
            }

            SampleData sample;
            try
            {
                sample = SampleDataGenerator.Generate(loaded, parse.GetValue(seed));
            }
            catch (ArgumentException ex)
            {
                await context.Error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }

            var folder = Path.GetFullPath(parse.GetValue(output)!);
            var paths = await SampleDataWriter.WriteAsync(sample, folder, cancellationToken).ConfigureAwait(false);
            context.Console.MarkupLineInterpolated($"Wrote [bold]{paths.Count}[/] synthetic submissions to {folder} (seed {sample.Manifest.Seed}).");
            context.Console.MarkupLineInterpolated($"Planted cases: {Path.Combine(folder, SampleDataWriter.ManifestFolderName, SampleDataWriter.ManifestFileName)}");
            PlantedCaseTable.Write(context.Console, loaded, sample.Manifest);
            return ExitCodes.Success;
        });
        return command;
    }
}
