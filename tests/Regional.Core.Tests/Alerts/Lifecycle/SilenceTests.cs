using Regional.Alerts;
using Regional.Alerts.Lifecycle;
using Regional.Alerts.Notifications;
using Regional.Alerts.Silences;
using Regional.Catalogs;
using Regional.Engine;
using static Regional.Core.Tests.Engine.EngineFixture;

namespace Regional.Core.Tests.Alerts.Lifecycle;

public class SilenceTests
{
    private static readonly AlertKey A2Growth = new("A2", RuleIds.GrowthTarget, "gdp_growth");

    private static Silence SilenceOfA2(DateTimeOffset from, TimeSpan length, Severity? severity = null) =>
        new("s-1", new SilenceMatcher("A2", RuleIds.GrowthTarget, Severity: severity), from, from + length, "duty desk", "data under review", from);

    [Fact]
    public void SilencedTransitionIsRecordedAsSilencedAndNotNotified()
    {
        var catalog = Catalog();
        var keeper = new AlertBookKeeper(catalog);
        keeper.Silences.Add(SilenceOfA2(FirstRun.AddDays(-1), TimeSpan.FromDays(10)));

        var book = keeper.Evaluated(Evaluate(catalog, "2025-Q1", [Growth("A2", "2025-Q1", 5.2)]));

        Assert.Empty(book.Notifications);
        var line = Assert.Single(book.Events);
        Assert.Equal((true, false, "s-1"), (line.Silenced, line.Notified, line.Reason));
        Assert.Equal("s-1", Assert.Single(book.Episodes).HeldBy);
    }

    [Fact]
    public void AlertStillFiringWhenItsSilenceExpiresIsNotifiedThenAndOnlyOnce()
    {
        var catalog = Catalog();
        var keeper = new AlertBookKeeper(catalog);
        keeper.Silences.Add(SilenceOfA2(FirstRun.AddDays(-1), TimeSpan.FromDays(10)));
        keeper.Evaluated(Evaluate(catalog, "2025-Q1", [Growth("A2", "2025-Q1", 5.2)]));

        var during = keeper.Checked(FirstRun.AddDays(5));
        var after = keeper.Checked(FirstRun.AddDays(9).AddHours(1));
        var later = keeper.Checked(FirstRun.AddDays(12));

        Assert.True(during.IsEmpty);
        var released = Assert.Single(after.Notifications);
        Assert.Equal((NotificationKind.Region, "A2", TransitionKind.New), (released.Kind, released.RegionCode, released.TransitionKind));
        Assert.Contains("no longer silenced", released.TextEn, StringComparison.Ordinal);
        Assert.Equal(AlertIds.For(A2Growth, Period("2025-Q1")), Assert.Single(released.Items).AlertId);
        Assert.Equal(AlertEventKind.Released, Assert.Single(after.Events).Kind);
        Assert.Null(Assert.Single(keeper.Records).Episode.HeldBy);
        Assert.True(later.IsEmpty);
    }

    [Fact]
    public void AlertResolvedDuringItsSilenceIsNotNotifiedWhenTheSilenceEnds()
    {
        var catalog = Catalog();
        var keeper = new AlertBookKeeper(catalog);
        keeper.Silences.Add(SilenceOfA2(FirstRun.AddDays(-1), TimeSpan.FromDays(200)));
        foreach (var run in Run(catalog, [Growth("A2", "2025-Q1", 5.2), Growth("A2", "2025-Q2", 6.3)], "2025-Q1", "2025-Q2"))
        {
            keeper.Evaluated(run);
        }

        var after = keeper.Checked(FirstRun.AddDays(300));

        Assert.Empty(keeper.Notifications);
        Assert.True(after.IsEmpty);
        Assert.All(keeper.History(AlertIds.For(A2Growth, Period("2025-Q1"))), e => Assert.True(e.Silenced));
    }

    [Fact]
    public void SilenceNotStartedOrForAnotherSeverityDoesNotMute()
    {
        var catalog = Catalog();
        var keeper = new AlertBookKeeper(catalog);
        keeper.Silences.Add(SilenceOfA2(FirstRun.AddDays(1), TimeSpan.FromDays(10)));
        keeper.Silences.Add(SilenceOfA2(FirstRun.AddDays(-1), TimeSpan.FromDays(10), Severity.Critical) with { Id = "s-2" });

        var book = keeper.Evaluated(Evaluate(catalog, "2025-Q1", [Growth("A2", "2025-Q1", 5.2)]));

        Assert.True(Assert.Single(book.Events).Notified);
        Assert.Equal(2, book.Notifications.Length);
    }

    [Theory]
    [InlineData("", "", "", null, true)]
    [InlineData("A2", "", "", null, true)]
    [InlineData("A2", "growth-target", "gdp_growth", "Warning", true)]
    [InlineData("A1", "", "", null, false)]
    [InlineData("", "arable-land", "", null, false)]
    [InlineData("", "", "fai_growth", null, false)]
    [InlineData("", "", "", "Major", false)]
    public void MatcherFieldsMatchExactlyAndEmptyMatchesAnything(string region, string rule, string indicator, string? severity, bool matches)
    {
        var matcher = new SilenceMatcher(region, rule, indicator, severity is null ? null : Enum.Parse<Severity>(severity));

        Assert.Equal(matches, matcher.Matches(A2Growth, Severity.Warning));
    }

    [Fact]
    public void SilenceOfEverythingOrWithoutAuthorAndReasonIsRefused()
    {
        var silence = new Silence("s", new SilenceMatcher(), FirstRun, FirstRun, " ", "", FirstRun);

        Assert.Equal(4, silence.Problems().Count);
    }

    private static Regional.Periods.Period Period(string text) => Regional.Periods.Period.Parse(text);
}
