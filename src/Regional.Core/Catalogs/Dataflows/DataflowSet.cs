using System.Collections.Immutable;

namespace Regional.Catalogs.Dataflows;

/// <summary>
/// The dataflows a catalog accepts (<c>dataflows.json</c>). A message names its dataflow; a declared one is read through
/// its mapping. A message of an undeclared dataflow is still read in the project's own structure when it carries
/// <c>REF_AREA</c> and <c>INDICATOR</c> (so files written for this project keep working), and refused otherwise.
/// </summary>
public sealed record DataflowSet(ImmutableArray<DataflowMapping> Declared)
{
    public static DataflowSet Empty { get; } = new([]);

    public DataflowMapping? Find(DataflowReference sent) => Declared.FirstOrDefault(m => m.Reference.Accepts(sent));

    /// <summary>The declared references for a refusal's reason, or a note that there are none.</summary>
    public string DeclaredList() =>
        Declared.IsEmpty
            ? "the catalog declares no dataflow of its own (dataflows.json)"
            : $"declared: {string.Join(", ", Declared.Select(m => m.Reference.ToString()))}";
}
