namespace Regional.Sample;

/// <summary>
/// SplitMix64: a small generator whose sequence for a seed is fixed by this code alone, so sample data stays
/// byte-identical across runtimes and machines (System.Random makes no such promise).
/// </summary>
internal sealed class SeededRandom(int seed)
{
    private ulong _state = unchecked((ulong)seed * 0x9E3779B97F4A7C15UL) ^ 0xD1B54A32D192ED03UL;

    /// <summary>A number in [0, 1).</summary>
    public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A number in [min, max).</summary>
    public double Between(double min, double max) => min + ((max - min) * NextDouble());

    private ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
