using Microsoft.Extensions.Options;
using Regional.Catalogs;

namespace Regional.Azure.Catalogs;

/// <summary>Loads the configured catalog folder at start and fails with every problem it has.</summary>
internal sealed class CatalogOptionsValidator : IValidateOptions<CatalogOptions>
{
    public ValidateOptionsResult Validate(string? name, CatalogOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var result = CatalogLoader.TryLoad(options.Directory);
        return result.Succeeded
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(result.Problems.Select(p => $"{CatalogOptions.Section}:Path '{options.Directory}': {p}"));
    }
}
