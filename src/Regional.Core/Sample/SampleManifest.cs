using System.Collections.Immutable;

namespace Regional.Sample;

/// <summary>What a synthetic data set holds: how it was made, its periods, and every planted case. Nothing else should fire.</summary>
public sealed record SampleManifest(
    string CatalogId,
    string CatalogVersion,
    int Seed,
    ImmutableArray<string> Periods,
    ImmutableArray<PlantedCase> Cases,
    ImmutableArray<string> Notes);
