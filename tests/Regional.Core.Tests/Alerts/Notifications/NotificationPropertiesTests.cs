using Regional.Alerts;
using Regional.Alerts.Notifications;
using Regional.Catalogs;
using Regional.Engine;

namespace Regional.Core.Tests.Alerts.Notifications;

public sealed class NotificationPropertiesTests
{
    [Fact]
    public void NotificationAboutOneFindingSetsEveryFilterableProperty()
    {
        var notification = NotificationSamples.Region(NotificationSamples.Item());

        var properties = NotificationProperties.For(notification);

        Assert.Equal(NotificationProperties.FilterableNames, properties.Select(p => p.Key));
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["schema"] = "regional.alert-notification/v1",
                ["catalogId"] = "test",
                ["kind"] = "region",
                ["period"] = "2025-Q3",
                ["severity"] = "major",
                ["regionCode"] = "A1",
                ["peerGroup"] = "north",
                ["transitionKind"] = "escalated",
                ["ruleIds"] = RuleIds.GrowthTarget,
                ["ruleId"] = RuleIds.GrowthTarget,
                ["indicatorIds"] = "gdp_growth",
                ["indicatorId"] = "gdp_growth",
            },
            properties.ToDictionary());
    }

    [Fact]
    public void SeveralRulesAreListedOnceEachInItemOrderWithoutASingleRuleId()
    {
        var notification = NotificationSamples.Region(
            NotificationSamples.Item(rule: "arable-land", indicator: "arable_land"),
            NotificationSamples.Item(rule: RuleIds.GrowthTarget, indicator: "gdp_growth"),
            NotificationSamples.Item(rule: "arable-land", indicator: "arable_land"),
            NotificationSamples.Item(rule: RuleIds.QualityCompleteness, indicator: string.Empty));

        var properties = NotificationProperties.For(notification).ToDictionary();

        Assert.Equal("arable-land,growth-target,quality-completeness", properties["ruleIds"]);
        Assert.Equal("arable_land,gdp_growth", properties["indicatorIds"]);
        Assert.False(properties.ContainsKey("ruleId"));
        Assert.False(properties.ContainsKey("indicatorId"));
    }

    [Fact]
    public void OneRuleAcrossSeveralIndicatorsKeepsTheRuleIdButNoIndicatorId()
    {
        var notification = NotificationSamples.Region(
            NotificationSamples.Item(indicator: "gdp_growth"),
            NotificationSamples.Item(indicator: "retail_growth"));

        var properties = NotificationProperties.For(notification).ToDictionary();

        Assert.Equal(RuleIds.GrowthTarget, properties["ruleId"]);
        Assert.Equal("gdp_growth,retail_growth", properties["indicatorIds"]);
        Assert.False(properties.ContainsKey("indicatorId"));
    }

    [Fact]
    public void SummaryHasNoRegionPeerGroupOrTransitionKindProperty()
    {
        var notification = NotificationSamples.Summary(NotificationSamples.Item("A1"), NotificationSamples.Item("B1", severity: Severity.Critical));

        var properties = NotificationProperties.For(notification).ToDictionary();

        Assert.False(properties.ContainsKey("regionCode"));
        Assert.False(properties.ContainsKey("peerGroup"));
        Assert.False(properties.ContainsKey("transitionKind"));
        Assert.Equal("summary", properties["kind"]);
        Assert.Equal("critical", properties["severity"]);
    }

    [Fact]
    public void NotificationWithoutItemsHasNoRuleOrIndicatorProperties()
    {
        var properties = NotificationProperties.For(NotificationSamples.Summary()).ToDictionary();

        Assert.DoesNotContain(properties.Keys, k => k.StartsWith("rule", StringComparison.Ordinal) || k.StartsWith("indicator", StringComparison.Ordinal));
        Assert.DoesNotContain(properties.Values, string.IsNullOrEmpty);
    }

    [Fact]
    public void SubjectIsKindRegionAndSeverity()
    {
        var followUp = NotificationSamples.Region(NotificationSamples.Item(severity: Severity.Critical)) with { Kind = NotificationKind.FollowUp, Severity = Severity.Critical };

        Assert.Equal("follow-up/A1/critical", NotificationProperties.Subject(followUp));
        Assert.Equal("summary/province/none", NotificationProperties.Subject(NotificationSamples.Summary()));
    }

    [Fact]
    public void CorrelationIdIsCatalogAndPeriod()
    {
        Assert.Equal("test:2025-Q3", NotificationProperties.CorrelationId(NotificationSamples.Region(NotificationSamples.Item())));
    }

    [Fact]
    public void PropertyValuesAreTheWireNamesOfTheBody()
    {
        var notification = NotificationSamples.Region(NotificationSamples.Item(kind: TransitionKind.Deescalated, severity: Severity.Warning)) with
        {
            Kind = NotificationKind.Reminder,
            Severity = Severity.Warning,
            TransitionKind = TransitionKind.Deescalated,
        };
        var message = NotificationMessage.From(notification);
        using var body = System.Text.Json.JsonDocument.Parse(message.ToJson());

        var properties = NotificationProperties.For(notification).ToDictionary();

        Assert.Equal(body.RootElement.GetProperty("kind").GetString(), properties["kind"]);
        Assert.Equal(body.RootElement.GetProperty("severity").GetString(), properties["severity"]);
        Assert.Equal(body.RootElement.GetProperty("transitionKind").GetString(), properties["transitionKind"]);
        Assert.Equal(body.RootElement.GetProperty("period").GetString(), properties["period"]);
    }
}
