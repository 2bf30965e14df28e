namespace Regional.Azure.Tests.Resilience;

/// <summary>
/// Tests that start, kill and restart an emulator of their own. They run alone, after the parallel tests, so their
/// time bounds hold on a small machine.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ResilienceCollection
{
    public const string Name = "Resilience";
}
