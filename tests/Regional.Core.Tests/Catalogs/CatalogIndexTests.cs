using Regional.Catalogs;

namespace Regional.Core.Tests.Catalogs;

public class CatalogIndexTests
{
    [Fact]
    public void ACopyWithOtherTargetsAnswersFromItsOwnTargets()
    {
        var original = TestCatalog.Create();
        Assert.Equal(7.0, original.FindTarget(2025, "A1", "gdp_growth")?.Value);

        var copy = original with { Targets = [new GrowthTarget(2025, TestCatalog.Province, "gdp_growth", 5.0)] };

        Assert.Equal(5.0, copy.FindTarget(2025, "A1", "gdp_growth")?.Value);
        Assert.Equal(7.0, original.FindTarget(2025, "A1", "gdp_growth")?.Value);
    }

    [Fact]
    public void TargetsFallBackToTheNearestAncestor()
    {
        var catalog = TestCatalog.Create();

        Assert.Equal(6.0, catalog.FindTarget(2025, "B2", "gdp_growth")?.Value);
        Assert.Null(catalog.FindTarget(2023, "B2", "gdp_growth"));
        Assert.Equal(6, catalog.ComparedRegions.Length);
        Assert.Equal(TestCatalog.Province, catalog.Root!.Code);
    }
}
