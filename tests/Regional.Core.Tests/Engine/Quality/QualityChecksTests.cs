using Regional.Catalogs;
using Regional.Engine;
using Regional.Engine.Quality;
using Regional.Observations;
using static Regional.Core.Tests.Engine.Figures;

namespace Regional.Core.Tests.Engine.Quality;

public class QualityChecksTests
{
    /// <summary>Figures that trip several checks in several regions.</summary>
    private static List<Observation> Troubled() =>
    [
        Of("B2", "gdp_growth", 45),
        Of("B2", "electricity_growth", 2),
        Of("A2", "gdp", -5),
        Of("A2", "gdp_growth", 5),
        Of("A2", "gov_debt", 2500),
        Of("A2", "fiscal_capacity", 100),
        Of("A1", "gdp", 100, Q2, vintage: 1),
        Of("A1", "gdp", 110, Q2, vintage: 2),
        Of(TestCatalog.Province, "safety_deaths", 20_000),
    ];

    [Fact]
    public void FindingsAreOrderedByRegionInCatalogOrderThenRuleThenIndicator()
    {
        var catalog = TestCatalog.Create();

        var findings = QualityChecks.Run(catalog, Q3, Set(catalog, Troubled()), deadlinePassed: true);

        var keys = findings.Select(f => (f.RegionCode, f.RuleId, f.IndicatorId)).ToList();
        Assert.Equal(
            [
                (TestCatalog.Province, RuleIds.QualityCompleteness, string.Empty),
                (TestCatalog.Province, RuleIds.QualityHierarchy, "safety_deaths"),
                (TestCatalog.Province, RuleIds.QualityRange, "safety_deaths"),
                ("A1", RuleIds.QualityCompleteness, string.Empty),
                ("A1", RuleIds.QualityRevision, "gdp"),
                ("A2", RuleIds.QualityRange, "debt_ratio"),
                ("A2", RuleIds.QualityRange, "gdp"),
                ("A3", RuleIds.QualityCompleteness, string.Empty),
                ("B1", RuleIds.QualityCompleteness, string.Empty),
                ("B2", RuleIds.QualityCompleteness, string.Empty),
                ("B2", RuleIds.QualityCrossIndicator, "gdp_growth"),
                ("B2", RuleIds.QualityRange, "gdp_growth"),
                ("B3", RuleIds.QualityCompleteness, string.Empty),
            ],
            keys);
    }

    [Fact]
    public void TheSameFiguresInAnotherOrderGiveTheSameFindings()
    {
        var catalog = TestCatalog.Create();
        var figures = Troubled();

        var forward = QualityChecks.Run(catalog, Q3, Set(catalog, figures));
        var backward = QualityChecks.Run(catalog, Q3, Set(catalog, Enumerable.Reverse(figures)));

        // Compared element by element: ImmutableArray's own equality is the identity of its storage.
        Assert.Equal(forward.ToList(), backward.ToList());
    }

    [Fact]
    public void EveryFindingIsAQualityFindingWithSeverityMatchingItsState()
    {
        var catalog = TestCatalog.Create();

        var findings = QualityChecks.Run(catalog, Q3, Set(catalog, Troubled()), deadlinePassed: true);

        Assert.NotEmpty(findings);

        // An incomplete hierarchy (no city reported its deaths) is information, not a level.
        Assert.Equal(FindingStates.Incomplete, Assert.Single(findings, f => f.Severity == Severity.Info).State);
        Assert.All(findings.Where(f => f.Severity != Severity.Info), f =>
        {
            Assert.Equal(FindingKind.Quality, f.Kind);
            Assert.Equal(f.State == "fail" ? Severity.Major : Severity.Warning, f.Severity);
            Assert.Contains(f.State, new[] { "warn", "fail" });
            Assert.False(string.IsNullOrWhiteSpace(f.Detail));
            Assert.False(string.IsNullOrWhiteSpace(f.DetailZh));
        });
    }

    [Fact]
    public void DisabledChecksFindNothing()
    {
        var catalog = WithQuality(q => q with
        {
            Range = q.Range with { Enabled = false },
            Completeness = q.Completeness with { Enabled = false },
            Hierarchy = q.Hierarchy with { Enabled = false },
            Revision = q.Revision with { Enabled = false },
            CrossIndicator = q.CrossIndicator with { Enabled = false },
        });

        Assert.Empty(QualityChecks.Run(catalog, Q3, Set(catalog, Troubled())));
    }

    [Fact]
    public void NoFiguresBeforeTheDeadlineGiveOnlyPendingCompletenessForEveryRegion()
    {
        var catalog = TestCatalog.Create();

        var findings = QualityChecks.Run(catalog, Q3, Set(catalog, []));

        Assert.Equal(catalog.Regions.Select(r => r.Code), findings.Select(f => f.RegionCode));
        Assert.All(findings, f => Assert.Equal((RuleIds.QualityCompleteness, FindingStates.Pending, Severity.Info), (f.RuleId, f.State, f.Severity)));
    }
}
