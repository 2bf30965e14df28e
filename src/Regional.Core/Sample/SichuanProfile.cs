using System.Collections.Frozen;

namespace Regional.Sample;

/// <summary>
/// Rough sizes of Sichuan's prefectures (GDP 2024 in 100 million yuan, resident population in 10,000 persons), rounded
/// public orders of magnitude used only so that synthetic levels are proportional to real city sizes. Regions not
/// listed get sizes drawn from the seed.
/// </summary>
internal static class SichuanProfile
{
    public static readonly FrozenDictionary<string, (double Gdp, double Population)> Sizes = new Dictionary<string, (double, double)>
    {
        ["510100"] = (23_511, 2_147),
        ["510300"] = (1_760, 243),
        ["510400"] = (1_330, 122),
        ["510500"] = (2_800, 424),
        ["510600"] = (3_120, 345),
        ["510700"] = (4_300, 487),
        ["510800"] = (1_230, 226),
        ["510900"] = (1_760, 276),
        ["511000"] = (1_800, 310),
        ["511100"] = (2_420, 316),
        ["511300"] = (2_900, 540),
        ["511400"] = (1_770, 296),
        ["511500"] = (3_850, 462),
        ["511600"] = (1_520, 321),
        ["511700"] = (2_700, 534),
        ["511800"] = (960, 143),
        ["511900"] = (810, 266),
        ["512000"] = (1_050, 228),
        ["513200"] = (520, 82),
        ["513300"] = (540, 110),
        ["513400"] = (2_330, 487),
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
