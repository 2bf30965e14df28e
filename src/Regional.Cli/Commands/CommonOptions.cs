using System.CommandLine;
using Regional.Periods;

namespace Regional.Cli.Commands;

public enum OutputFormat
{
    Table,
    Json,
    Csv,
    Xlsx,
}

/// <summary>Options several commands share, built fresh for each command.</summary>
internal static class CommonOptions
{
    public static Option<string?> Catalog() => new("--catalog")
    {
        Description = "Catalog folder (catalog.json, regions.json, indicators.json, targets.json, rules.json); default: the bundled Sichuan catalog",
        HelpName = "DIR",
    };

    public static Option<string?> Storage() => new("--storage")
    {
        Description = "Storage connection string; default: REGIONAL_STORAGE, else the RegionalStorage setting, else UseDevelopmentStorage=true (Azurite)",
        HelpName = "CONNECTION",
    };

    public static Option<OutputFormat> Format() => new("--format")
    {
        Description = "Output: table (readable), json or csv",
        DefaultValueFactory = _ => OutputFormat.Table,
    };

    public static Option<Period> ForPeriod(bool required) => new("--period")
    {
        Description = "Period to show, for example 2025-Q3, 2025-09 or 2025",
        HelpName = "P",
        Required = required,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (Period.TryParse(text, out var period, out var error))
            {
                return period;
            }

            result.AddError($"--period '{text}': {error}");
            return default;
        },
    };
}
