using System.Collections.Immutable;
using Regional.Catalogs;
using Regional.Engine.Comparison;
using static Regional.Core.Tests.Engine.Figures;

namespace Regional.Core.Tests.Engine.Comparison;

public class PeerGroupRankTests
{
    [Fact]
    public void RegionsAreRankedWithinTheirPeerGroup()
    {
        // north: A1–A3, south: B1–B3.
        var catalog = TestCatalog.Create();
        var observations = Each("gdp_growth", Q3, ("A1", 5), ("A2", 7), ("A3", 7), ("B1", 4), ("B2", 9), ("B3", 6));

        var scores = RegionComparison.Compare(catalog, Q3, Set(catalog, observations)).Scores;

        Assert.Equal(
            [(3, 3), (1, 3), (1, 3), (3, 3), (1, 3), (2, 3)],
            TestCatalog.RegionCodes.Select(r => (scores[(r, "gdp_growth")].PeerRank!.Value, scores[(r, "gdp_growth")].PeerRankOf!.Value)));
    }

    [Fact]
    public void PeerRankOfCountsGroupMembersWithAValue()
    {
        var catalog = TestCatalog.Create();
        var observations = Each("gdp_growth", Q3, ("A1", 5), ("B1", 4), ("B2", 9));

        var scores = RegionComparison.Compare(catalog, Q3, Set(catalog, observations)).Scores;

        Assert.Equal((1, 1), (scores[("A1", "gdp_growth")].PeerRank, scores[("A1", "gdp_growth")].PeerRankOf));
        Assert.Equal((2, 2), (scores[("B1", "gdp_growth")].PeerRank, scores[("B1", "gdp_growth")].PeerRankOf));
    }

    [Fact]
    public void RegionWithoutAPeerGroupHasNoPeerRank()
    {
        ImmutableArray<Region> regions = [.. TestCatalog.Regions(), new("C1", "Gamma One", "丙一", "prefecture", TestCatalog.Province, null)];
        var catalog = WithRegions(regions);
        var observations = Each("gdp_growth", Q3, ("A1", 5), ("C1", 8));

        var scores = RegionComparison.Compare(catalog, Q3, Set(catalog, observations)).Scores;

        Assert.Equal(1, scores[("C1", "gdp_growth")].Rank);
        Assert.Null(scores[("C1", "gdp_growth")].PeerRank);
        Assert.Null(scores[("C1", "gdp_growth")].PeerRankOf);
        Assert.Equal(1, scores[("A1", "gdp_growth")].PeerRank);
    }
}
