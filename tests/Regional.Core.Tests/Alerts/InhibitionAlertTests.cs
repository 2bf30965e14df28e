using Regional.Alerts;
using Regional.Catalogs;
using static Regional.Core.Tests.Alerts.AlertFixture;

namespace Regional.Core.Tests.Alerts;

public class InhibitionAlertTests
{
    [Fact]
    public void InhibitedFindingIsRecordedAsInhibitedWithoutNotice()
    {
        var finding = Lagging("A2", inhibitedBy: "quality-hierarchy");

        var decision = Decide("2025-Q2", [finding], readings: [Reading(finding)]);

        var transition = Assert.Single(decision.Transitions);
        Assert.Equal((TransitionKind.Inhibited, false, "quality-hierarchy"), (transition.Kind, transition.Notify, transition.InhibitedReason));
        var state = Assert.Single(decision.Alerts);
        Assert.True(state.Inhibited);
        Assert.Equal(AlertCondition.Firing, state.Condition);
    }

    [Fact]
    public void StillInhibitedFindingIsNotRecordedAgain()
    {
        var finding = Lagging("A2", inhibitedBy: "quality-hierarchy");
        var first = Decide("2025-Q2", [finding], readings: [Reading(finding)]);

        var second = Decide("2025-Q3", [finding with { Severity = Severity.Major }], first.Alerts, readings: [Reading(finding, 2)]);

        Assert.Empty(second.Transitions);
        Assert.True(Assert.Single(second.Alerts).Inhibited);
        Assert.Equal(Severity.Major, second.Alerts[0].Severity);
    }

    [Fact]
    public void LiftedInhibitionOfAStillFiringAlertIsNotifiedAsNew()
    {
        var muted = Lagging("A2", inhibitedBy: "quality-hierarchy");
        var first = Decide("2025-Q2", [muted], readings: [Reading(muted)]);
        var open = Lagging("A2");

        var second = Decide("2025-Q3", [open], first.Alerts, readings: [Reading(open, 2)]);

        var transition = Assert.Single(second.Transitions);
        Assert.Equal((TransitionKind.New, true, null), (transition.Kind, transition.Notify, transition.InhibitedReason));
        var state = Assert.Single(second.Alerts);
        Assert.False(state.Inhibited);
        Assert.Equal("2025-Q2", state.StartedPeriod.ToString());
    }

    [Fact]
    public void FiringAlertThatBecomesInhibitedIsRecordedAsInhibited()
    {
        var open = Lagging("A2");
        var first = Decide("2025-Q2", [open], readings: [Reading(open)]);
        var muted = Lagging("A2", inhibitedBy: "quality-revision");

        var second = Decide("2025-Q3", [muted], first.Alerts, readings: [Reading(muted, 2)]);

        Assert.Equal(TransitionKind.Inhibited, Assert.Single(second.Transitions).Kind);
    }

    [Fact]
    public void MessageMutedByTwoChecksNamesBoth()
    {
        var muted = Lagging("A2", inhibitedBy: "quality-hierarchy, quality-range");

        var transition = Assert.Single(Decide("2025-Q2", [muted], readings: [Reading(muted)]).Transitions);

        Assert.EndsWith("(muted: data quality fails the hierarchy balance check, plausible range check)", transition.MessageEn, StringComparison.Ordinal);
        Assert.EndsWith("（未通过上下级数据衔接检查、数值合理性检查，暂不通报）", transition.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void InhibitedAlertResolvesQuietly()
    {
        var muted = Lagging("A2", inhibitedBy: "quality-hierarchy");
        var first = Decide("2025-Q2", [muted], readings: [Reading(muted)]);

        var second = Decide("2025-Q3", [], first.Alerts, readings: [(muted.Key, new RuleReading(6.2, 6.0, 0.2))]);

        var resolved = Assert.Single(second.Transitions);
        Assert.Equal((TransitionKind.Resolved, false), (resolved.Kind, resolved.Notify));
    }

    [Fact]
    public void InhibitedMessageSaysWhyItIsMuted()
    {
        var muted = Lagging("A2", inhibitedBy: "quality-hierarchy");

        var transition = Assert.Single(Decide("2025-Q2", [muted], readings: [Reading(muted)]).Transitions);

        Assert.EndsWith("(muted: data quality fails the hierarchy balance check)", transition.MessageEn, StringComparison.Ordinal);
        Assert.EndsWith("（未通过上下级数据衔接检查，暂不通报）", transition.MessageZh, StringComparison.Ordinal);
    }
}
