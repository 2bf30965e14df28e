using System.Text.Json;
using Regional.Alerts;
using Regional.Alerts.Notifications;
using Regional.Catalogs;
using Regional.Engine;

namespace Regional.Core.Tests.Alerts.Notifications;

public sealed class NotificationMessageTests
{
    [Fact]
    public void MessageCarriesEveryFieldOfTheNotificationAndTheRegionNamesOfItsCatalog()
    {
        var item = NotificationSamples.Item();
        var notification = NotificationSamples.Region(item);

        using var json = JsonDocument.Parse(NotificationMessage.From(notification, TestCatalog.Create()).ToJson());
        var root = json.RootElement;
        var written = Assert.Single(root.GetProperty("items").EnumerateArray());

        Assert.Equal("regional.alert-notification/v1", root.GetProperty("schema").GetString());
        Assert.Equal(notification.Id, root.GetProperty("id").GetString());
        Assert.Equal("region", root.GetProperty("kind").GetString());
        Assert.Equal("test", root.GetProperty("catalogId").GetString());
        Assert.Equal("2025-Q3", root.GetProperty("period").GetString());
        Assert.Equal("A1", root.GetProperty("region").GetProperty("code").GetString());
        Assert.Equal("Alpha One", root.GetProperty("region").GetProperty("nameEn").GetString());
        Assert.Equal("甲一", root.GetProperty("region").GetProperty("nameZh").GetString());
        Assert.Equal("north", root.GetProperty("peerGroup").GetString());
        Assert.Equal("major", root.GetProperty("severity").GetString());
        Assert.Equal("escalated", root.GetProperty("transitionKind").GetString());
        Assert.Equal(notification.TextEn, root.GetProperty("textEn").GetString());
        Assert.Equal(notification.TextZh, root.GetProperty("textZh").GetString());
        Assert.Equal(NotificationSamples.CreatedAt, root.GetProperty("createdAt").GetDateTimeOffset());
        Assert.Equal("2025-10-20T08:00:00+08:00", root.GetProperty("createdAt").GetString());
        Assert.Equal(item.AlertId, written.GetProperty("alertId").GetString());
        Assert.Equal(item.TransitionId, written.GetProperty("transitionId").GetString());
        Assert.Equal("escalated", written.GetProperty("kind").GetString());
        Assert.Equal("major", written.GetProperty("severity").GetString());
        Assert.Equal("A1", written.GetProperty("regionCode").GetString());
        Assert.Equal(RuleIds.GrowthTarget, written.GetProperty("ruleId").GetString());
        Assert.Equal("gdp_growth", written.GetProperty("indicatorId").GetString());
        Assert.Equal(item.MessageEn, written.GetProperty("messageEn").GetString());
        Assert.Equal(item.MessageZh, written.GetProperty("messageZh").GetString());
    }

    [Fact]
    public void RegionNamesAreLeftOutWhenTheCatalogIsAnotherOne()
    {
        var notification = NotificationSamples.Region(NotificationSamples.Item());
        var other = TestCatalog.Create() with { Info = new CatalogInfo("elsewhere", "1", "Elsewhere", "别处", "Another catalog.") };

        var region = NotificationMessage.From(notification, other).Region;

        Assert.Equal(new NotificationRegion("A1", null, null), region);
    }

    [Fact]
    public void RegionNamesGivenByTheCallerAreUsed()
    {
        var notification = NotificationSamples.Region(NotificationSamples.Item());

        var region = NotificationMessage.From(notification, "Panzhihua", "攀枝花市").Region;

        Assert.Equal(new NotificationRegion("A1", "Panzhihua", "攀枝花市"), region);
    }

    [Fact]
    public void SummaryHasNoRegionPeerGroupOrTransitionKind()
    {
        var notification = NotificationSamples.Summary(NotificationSamples.Item("A1"), NotificationSamples.Item("B2", severity: Severity.Critical));

        using var json = JsonDocument.Parse(NotificationMessage.From(notification, TestCatalog.Create()).ToJson());
        var root = json.RootElement;

        Assert.False(root.TryGetProperty("region", out _));
        Assert.False(root.TryGetProperty("peerGroup", out _));
        Assert.False(root.TryGetProperty("transitionKind", out _));
        Assert.Equal("summary", root.GetProperty("kind").GetString());
        Assert.Equal("critical", root.GetProperty("severity").GetString());
        Assert.Equal(["A1", "B2"], root.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("regionCode").GetString()));
    }

    [Fact]
    public void ItemOfARuleWithoutIndicatorHasNoIndicatorId()
    {
        var notification = NotificationSamples.Region(NotificationSamples.Item(rule: RuleIds.QualityCompleteness, indicator: string.Empty));

        using var json = JsonDocument.Parse(NotificationMessage.From(notification).ToJson());

        Assert.False(json.RootElement.GetProperty("items")[0].TryGetProperty("indicatorId", out _));
    }

    [Fact]
    public void FollowUpKindIsWrittenInKebabCase()
    {
        var notification = NotificationSamples.Region(NotificationSamples.Item()) with { Kind = NotificationKind.FollowUp };

        using var json = JsonDocument.Parse(NotificationMessage.From(notification).ToJson());

        Assert.Equal("follow-up", json.RootElement.GetProperty("kind").GetString());
    }

    [Fact]
    public void ParsedMessageIsTheMessageThatWasWritten()
    {
        var notification = NotificationSamples.Region(NotificationSamples.Item(), NotificationSamples.Item(rule: "arable-land", indicator: "arable_land", kind: TransitionKind.New));
        var message = NotificationMessage.From(notification, TestCatalog.Create());

        var parsed = NotificationMessage.Parse(message.ToJson());

        Assert.Equal(message with { Items = [] }, parsed with { Items = [] });
        Assert.Equal(message.Items.AsEnumerable(), parsed.Items.AsEnumerable());
        Assert.Equal(message.ToJson(), parsed.ToJson());
    }

    [Fact]
    public void ParsingABodyOfAnotherSchemaFails()
    {
        var json = NotificationMessage.From(NotificationSamples.Region(NotificationSamples.Item())).ToJson()
            .Replace(NotificationVocabulary.SchemaId, "regional.alert-notification/v2", StringComparison.Ordinal);

        var error = Assert.Throws<JsonException>(() => NotificationMessage.Parse(json));

        Assert.Contains("regional.alert-notification/v2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf8BodyIsTheJsonText()
    {
        var message = NotificationMessage.From(NotificationSamples.Region(NotificationSamples.Item()), TestCatalog.Create());

        Assert.Equal(message.ToJson(), System.Text.Encoding.UTF8.GetString(message.ToUtf8Json()));
    }
}
