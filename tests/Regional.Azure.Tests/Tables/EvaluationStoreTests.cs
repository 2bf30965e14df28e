using Regional.Azure.Tables;
using Regional.Periods;
using Regional.Storage;
using static Regional.Azure.Tests.Tables.EvaluationResults;

namespace Regional.Azure.Tests.Tables;

public sealed class EvaluationStoreTests(AzuriteFixture azurite) : StorageTest(azurite)
{
    private static readonly Period Q3 = Period.Parse("2025-Q3");

    private IEvaluationStore Store => Storage.Get<IEvaluationStore>();

    [Fact]
    public async Task ScorecardOfAPeriodIsReadBackWhole()
    {
        var result = Result(Q3, Region("510100", 6.2, 1, 3), Region("510400", 3.1, 3, 3, Lagging("510400", 3.1)), Region("510300", 5.5, 2, 3));
        await Store.SaveAsync(result);

        var read = await Store.GetScorecardAsync(Catalog, Q3);

        Assert.NotNull(read);
        Assert.Equal(
            StorageJson.Serialize(result.Scorecards.OrderBy(s => s.RegionCode, StringComparer.Ordinal)),
            StorageJson.Serialize(read.Regions));
        Assert.Equal((Catalog, Q3, "2025.1", 3), (read.Version.CatalogId, read.Version.Period, read.Version.CatalogVersion, read.Version.RegionCount));
        Assert.Null(await Store.GetScorecardAsync(Catalog, Q3.Previous()));
    }

    [Fact]
    public async Task OneRegionsScorecardIsAPointRead()
    {
        var panzhihua = Region("510400", 3.1, 2, 2, Lagging("510400", 3.1));
        await Store.SaveAsync(Result(Q3, Region("510100", 6.2, 1, 2), panzhihua));

        var read = await Store.GetRegionScorecardAsync(Catalog, Q3, "510400");

        Assert.NotNull(read);
        Assert.Equal(StorageJson.Serialize(panzhihua), StorageJson.Serialize(read));
        Assert.Null(await Store.GetRegionScorecardAsync(Catalog, Q3, "511900"));
    }

    [Fact]
    public async Task RankingComesBackInRankOrderWithTiesByRegion()
    {
        await Store.SaveAsync(Result(
            Q3,
            Region("510700", 5.0, 4, 4),
            Region("510100", 6.2, 1, 4),
            Region("510600", 5.8, 2, 4),
            Region("510300", 5.8, 2, 4)));

        var ranking = await Store.GetRankingAsync(Catalog, Q3, "gdp_growth");

        Assert.Equal(
            [("510100", 1), ("510300", 2), ("510600", 2), ("510700", 4)],
            ranking.Select(r => (r.RegionCode, r.Rank)));
        Assert.Equal(6.2, ranking[0].Value);
        Assert.Empty(await Store.GetRankingAsync(Catalog, Q3, "population"));
    }

    [Fact]
    public async Task ReEvaluationRemovesRegionsRanksAndFindingsThatDisappeared()
    {
        await Store.SaveAsync(Result(Q3, Region("510100", 6.2, 1, 3), Region("510300", 5.5, 2, 3), Region("510400", 3.1, 3, 3, Lagging("510400", 3.1))));
        await Store.SaveAsync(Result(Q3, Region("510400", 6.5, 1, 2), Region("510100", 6.2, 2, 2)));

        var scorecard = await Store.GetScorecardAsync(Catalog, Q3);
        var ranking = await Store.GetRankingAsync(Catalog, Q3, "gdp_growth");
        var findings = await Store.GetFindingsAsync(Catalog, Q3);

        Assert.Equal(["510100", "510400"], scorecard!.Regions.Select(r => r.RegionCode));
        Assert.Equal([("510400", 1), ("510100", 2)], ranking.Select(r => (r.RegionCode, r.Rank)));
        Assert.Empty(findings);
    }

    [Fact]
    public async Task FindingsOfOneRegionAreReadWithoutTheOthers()
    {
        await Store.SaveAsync(Result(
            Q3,
            Region("510400", 3.1, 2, 2, Lagging("510400", 3.1)),
            Region("5104", 3.3, 1, 2, Lagging("5104", 3.3))));

        var findings = await Store.GetFindingsAsync(Catalog, Q3, "510400");

        Assert.Equal(Lagging("510400", 3.1), Assert.Single(findings));
        Assert.Equal(2, (await Store.GetFindingsAsync(Catalog, Q3)).Count);
    }

    [Fact]
    public async Task QualityFindingKeepsItsChineseDetailInTheFindingsAndTheScorecard()
    {
        var finding = Incomplete("510100");
        await Store.SaveAsync(Result(Q3, Region("510100", 6.2, 1, 1, finding)));

        var stored = Assert.Single(await Store.GetFindingsAsync(Catalog, Q3, "510100"));
        var scorecard = await Store.GetRegionScorecardAsync(Catalog, Q3, "510100");

        Assert.Equal(finding, stored);
        Assert.Equal(finding.DetailZh, Assert.Single(scorecard!.Findings).DetailZh);
    }

    [Fact]
    public void FindingRowWrittenWithoutAChineseDetailReadsAsHavingNone()
    {
        var row = EvaluationEntities.Finding("sichuan|2025-Q3", Incomplete("510100"), 0);
        Assert.True(row.Remove("DetailZh"));

        var read = EvaluationEntities.ReadFinding(row);

        Assert.Equal(Incomplete("510100") with { DetailZh = null }, read);
    }

    [Fact]
    public void ScorecardJsonWrittenWithoutChineseDetailsReadsAsHavingNone()
    {
        var json = StorageJson.Serialize(Region("510100", 6.2, 1, 1, Incomplete("510100")));
        var older = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        older["findings"]![0]!.AsObject().Remove("detailZh");

        var read = StorageJson.Deserialize<Regional.Engine.RegionScorecard>(older.ToJsonString());

        Assert.Null(Assert.Single(read.Findings).DetailZh);
        Assert.Equal(Incomplete("510100").Detail, read.Findings[0].Detail);
    }

    [Fact]
    public async Task ScorecardVersionStaysForTheSameContentAndChangesWithIt()
    {
        var result = Result(Q3, Region("510100", 6.2, 1, 2), Region("510300", 5.5, 2, 2));
        await Store.SaveAsync(result);
        var first = await Store.GetScorecardVersionAsync(Catalog, Q3);
        await Store.SaveAsync(result with { EvaluatedAt = result.EvaluatedAt.AddHours(1) });
        var replayed = await Store.GetScorecardVersionAsync(Catalog, Q3);
        await Store.SaveAsync(Result(Q3, Region("510100", 6.3, 1, 2), Region("510300", 5.5, 2, 2)));
        var changed = await Store.GetScorecardVersionAsync(Catalog, Q3);

        Assert.NotNull(first);
        Assert.Equal(first.ETag, replayed!.ETag);
        Assert.NotEqual(first.ETag, changed!.ETag);
        Assert.Equal(changed.ETag, (await Store.GetScorecardAsync(Catalog, Q3))!.Version.ETag);
    }

    [Fact]
    public async Task InjectionAttemptAsRegionCodeFindsNothingAndDoesNotThrow()
    {
        await Store.SaveAsync(Result(Q3, Region("510100", 6.2, 1, 1, Lagging("510100", 6.2))));
        const string attack = "x' or PartitionKey ne '";

        Assert.Null(await Store.GetRegionScorecardAsync(Catalog, Q3, attack));
        Assert.Empty(await Store.GetFindingsAsync(Catalog, Q3, attack));
        Assert.Empty(await Store.GetRankingAsync(Catalog, Q3, attack));
        Assert.Null(await Store.GetScorecardAsync(attack, Q3));
    }
}
