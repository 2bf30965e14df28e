using System.Collections.Immutable;
using Regional.Catalogs;

namespace Regional.Core.Tests.Catalogs;

internal static class ProblemAssert
{
    /// <summary>Asserts that a problem with this file and path exists and its reason contains the fragment.</summary>
    public static void Has(ImmutableArray<CatalogProblem> problems, string file, string path, string reasonFragment)
    {
        var found = problems.Any(p => p.File == file && p.Path == path && p.Reason.Contains(reasonFragment, StringComparison.OrdinalIgnoreCase));
        Assert.True(
            found,
            $"Expected a problem '{file} {path}: ...{reasonFragment}...'; got:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }
}
