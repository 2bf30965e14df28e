using Regional.Alerts;
using Regional.Alerts.Contacts;
using Regional.Catalogs;
using static Regional.Core.Tests.Alerts.Contacts.ContactSamples;

namespace Regional.Core.Tests.Alerts.Contacts;

public sealed class DeliveryPlannerTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    [Fact]
    public void DeliveryIdsComeFromTheNotificationAndTheContactPointSoAnExpansionRepeatsExactly()
    {
        var notification = Region("510400", Item("510400"));

        var first = DeliveryPlanner.Plan(Bundled(), notification, Noon);
        var again = DeliveryPlanner.Plan(Bundled(), notification, Noon.AddMinutes(5));

        Assert.Equal(first.Select(d => d.Id), again.Select(d => d.Id));
        Assert.Contains($"{notification.Id}@panzhihua-wecom", first.Select(d => d.Id));
        Assert.Equal(first.Count, first.Select(d => d.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void ADeliveryIsDueAfterTheGroupWait()
    {
        var delivery = DeliveryPlanner.Plan(Bundled(), Region("510400", Item("510400")), Noon).Single(d => d.ContactPointId == "panzhihua-wecom");

        Assert.Equal(Noon.AddSeconds(30), delivery.DueAt);
        Assert.Equal(TimeSpan.FromMinutes(1), delivery.GroupInterval);
    }

    [Fact]
    public void AMajorItemAtNightWaitsForTheEndOfQuietHoursAndACriticalOneGoesAtOnce()
    {
        var night = new DateTimeOffset(2025, 10, 20, 23, 30, 0, China);
        var major = DeliveryPlanner.Plan(Bundled(), Region("510400", Item("510400", severity: Severity.Major)), night).Single(d => d.ContactPointId == "province-office-wecom");
        var critical = DeliveryPlanner.Plan(Bundled(), Region("510400", Item("510400", severity: Severity.Critical)), night).Single(d => d.ContactPointId == "province-office-wecom");

        Assert.Equal(new DateTimeOffset(2025, 10, 21, 7, 0, 0, China), major.DueAt);
        Assert.Equal(night.AddSeconds(30), critical.DueAt);
    }

    [Fact]
    public void TheCityGroupHasNoQuietHoursOfItsOwn()
    {
        var night = new DateTimeOffset(2025, 10, 20, 23, 30, 0, China);

        var city = DeliveryPlanner.Plan(Bundled(), Region("510400", Item("510400")), night).Single(d => d.ContactPointId == "panzhihua-wecom");

        Assert.Equal(night.AddSeconds(30), city.DueAt);
    }

    [Fact]
    public void ADigestContactPointIsDueAtItsNextDigestTime()
    {
        var morning = new DateTimeOffset(2025, 10, 20, 7, 59, 0, China);

        var before = DeliveryPlanner.Plan(Bundled(), Region("510400", Item("510400")), morning).Single(d => d.ContactPointId == "province-duty-mail");
        var after = DeliveryPlanner.Plan(Bundled(), Region("510400", Item("510400")), Noon).Single(d => d.ContactPointId == "province-duty-mail");

        Assert.Equal(new DateTimeOffset(2025, 10, 20, 8, 0, 0, China), before.DueAt);
        Assert.Equal(new DateTimeOffset(2025, 10, 21, 8, 0, 0, China), after.DueAt);
    }

    [Fact]
    public void QuietHoursSpanningMidnightContainTheLateEveningAndTheEarlyMorning()
    {
        var quiet = new QuietHours(new TimeOnly(22, 0), new TimeOnly(7, 0), Severity.Critical);

        Assert.True(quiet.Contains(new TimeOnly(23, 0)));
        Assert.True(quiet.Contains(new TimeOnly(6, 59)));
        Assert.False(quiet.Contains(new TimeOnly(7, 0)));
        Assert.False(quiet.Contains(new TimeOnly(12, 0)));
    }

    [Fact]
    public void AContactPointReachedByTwoRoutesGetsOneDeliveryWithTheItemsOfBoth()
    {
        var book = Book("""
            { "contactPoints": [ { "id": "desk", "kind": "wecom" } ],
              "route": { "routes": [
                { "match": { "rules": ["growth-target"] }, "contactPoints": ["desk"], "continue": true },
                { "match": { "rules": ["arable-land"] }, "contactPoints": ["desk"] } ] } }
            """);
        var notification = Region("510400", Item("510400"), Item("510400", rule: "arable-land", indicator: "arable_land"), Item("510400", rule: "work-safety", indicator: "work_safety_deaths"));

        var delivery = Assert.Single(DeliveryPlanner.Plan(book, notification, Noon));

        Assert.Equal(["arable-land", "growth-target"], delivery.Notification.Items.Select(i => i.RuleId).Order(StringComparer.Ordinal));
    }
}
