using Regional.Alerts;
using Regional.Alerts.Contacts;
using Regional.Catalogs;
using static Regional.Core.Tests.Alerts.Contacts.ContactSamples;

namespace Regional.Core.Tests.Alerts.Contacts;

public sealed class RouteTreeTests
{
    private static IReadOnlyList<string> Reached(ContactBook book, Regional.Alerts.Notifications.Notification notification) =>
        [.. DeliveryPlanner.Plan(book, notification, Noon).Select(d => d.ContactPointId)];

    [Fact]
    public void ACityGroupHearsOnlyOfItsOwnRegionAndTheOfficeOfEveryMajorItem()
    {
        var book = Bundled();

        var panzhihua = Reached(book, Region("510400", Item("510400", severity: Severity.Major)));
        var yibinWarning = Reached(book, Region("511500", Item("511500", severity: Severity.Warning)));

        Assert.Equal(["province-office-wecom", "panzhihua-wecom", "province-duty-mail", "data-platform-webhook"], panzhihua);
        Assert.Equal(["province-duty-mail", "data-platform-webhook"], yibinWarning);
    }

    [Fact]
    public void TheSummaryGoesToTheOfficeAndTheTeamsChannelAndNoCityGroup()
    {
        var reached = Reached(Bundled(), Summary(Item("510400"), Item("510100")));

        Assert.Equal(["province-office-wecom", "investment-teams", "province-duty-mail", "data-platform-webhook"], reached);
    }

    [Fact]
    public void WithoutContinueTheFirstMatchingRouteTakesTheNotification()
    {
        var book = Book("""
            { "contactPoints": [ { "id": "a", "kind": "wecom" }, { "id": "b", "kind": "wecom" }, { "id": "fallback", "kind": "wecom" } ],
              "route": { "contactPoints": ["fallback"], "routes": [
                { "match": { "regions": ["510400"] }, "contactPoints": ["a"] },
                { "match": { "peerGroups": ["panxi"] }, "contactPoints": ["b"] } ] } }
            """);

        Assert.Equal(["a"], Reached(book, Region("510400", Item("510400"))));
        Assert.Equal(["b"], Reached(book, Region("513400", Item("513400"))));
        Assert.Equal(["fallback"], Reached(book, Region("510100", Item("510100"))));
    }

    [Fact]
    public void ARuleMatcherKeepsOnlyTheItemsOfThatRule()
    {
        var book = Book("""
            { "contactPoints": [ { "id": "land", "kind": "wecom" }, { "id": "rest", "kind": "wecom" } ],
              "route": { "contactPoints": ["rest"], "routes": [ { "match": { "rules": ["arable-land"] }, "contactPoints": ["land"], "continue": true } ] } }
            """);
        var notification = Region("510400", Item("510400"), Item("510400", rule: "arable-land", indicator: "arable_land"));

        var deliveries = DeliveryPlanner.Plan(book, notification, Noon);

        var land = Assert.Single(deliveries);
        Assert.Equal("land", land.ContactPointId);
        Assert.Equal(["arable-land"], land.Notification.Items.Select(i => i.RuleId));
    }

    [Fact]
    public void AResolutionIsLeftOutAlongARouteThatSendsNoResolvedNotices()
    {
        var book = Bundled();
        var resolved = Region("513400", Item("513400", kind: TransitionKind.Resolved, severity: Severity.None));

        Assert.DoesNotContain("liangshan-feishu", Reached(book, resolved));
        Assert.Contains("province-duty-mail", Reached(book, resolved));
    }
}
