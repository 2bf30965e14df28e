using System.Globalization;
using System.Text;
using Regional.Alerts.Contacts;
using Regional.Alerts.Contacts.Rendering;
using Regional.Catalogs;
using static Regional.Core.Tests.Alerts.Contacts.ContactSamples;

namespace Regional.Core.Tests.Alerts.Contacts;

public sealed class MessageFittingTests
{
    private static readonly DashboardLinks Links = new("https://dashboard.example.gov.cn/");

    private static int Size(MessageDocument document) =>
        Encoding.UTF8.GetByteCount(document.Title) + document.Lines.Sum(l => Encoding.UTF8.GetByteCount(l.Text) + (l.Link?.Length ?? 0) + 1) + (document.OmittedLine?.Length ?? 0);

    private static MessageDocument Summary(int items) =>
        MessageComposer.Compose(
            [ContactSamples.Summary([.. Enumerable.Range(0, items).Select(i => Item("510400", indicator: $"indicator_{i:D3}", zh: $"攀枝花市：第{i}项指标低于目标（−2.9个百分点）"))])],
            ContactLanguage.Zh,
            Links);

    [Fact]
    public void AMessageThatFitsIsLeftWhole()
    {
        var document = Summary(3);

        Assert.Same(document, MessageFitting.Fit(document, Size, 100_000));
    }

    [Fact]
    public void ALongSummaryIsCutToTheLimitAndSaysHowManyItemsWereLeftOut()
    {
        var document = Summary(200);

        var fitted = MessageFitting.Fit(document, Size, 4096);

        Assert.True(Size(fitted) <= 4096);
        var kept = fitted.Lines.Count(l => l.Kind == LineKind.Item);
        Assert.Equal(200 - kept, fitted.Omitted);
        Assert.True(kept > 10, $"only {kept} items kept");
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"另有{fitted.Omitted}条未列出"), fitted.OmittedLine, StringComparison.Ordinal);
        Assert.Equal("https://dashboard.example.gov.cn/alerts?period=2025-Q3", fitted.MoreLink);
    }

    [Fact]
    public void ItemsAreKeptWholeInTheirOrderMostSevereFirst()
    {
        var document = MessageComposer.Compose(
            [Region("510400", Item("510400", severity: Severity.Warning, indicator: "tax_revenue_growth"), Item("510400", severity: Severity.Critical))],
            ContactLanguage.Zh,
            Links);

        var items = document.Lines.Where(l => l.Kind == LineKind.Item).ToList();

        Assert.StartsWith("【严重】", items[0].Text, StringComparison.Ordinal);
        Assert.Equal("https://dashboard.example.gov.cn/alerts/510400.growth-target.gdp_growth.2025-Q3", items[0].Link);
    }

    [Fact]
    public void AHeadingAloneTooLongIsCutAtAWholeCharacter()
    {
        var emoji = string.Concat(Enumerable.Repeat("攀👨‍👩‍👧", 300));
        var document = new MessageDocument(emoji, [new MessageLine(LineKind.Heading, emoji, null, "major")], 0, null, "{0}");

        var fitted = MessageFitting.Fit(document, d => Encoding.UTF8.GetByteCount(d.Title) + d.Lines.Sum(l => Encoding.UTF8.GetByteCount(l.Text)), 600);

        Assert.True(Encoding.UTF8.GetByteCount(fitted.Title) + Encoding.UTF8.GetByteCount(fitted.Lines[0].Text) <= 600);
        Assert.EndsWith(TextElements.Ellipsis, fitted.Title, StringComparison.Ordinal);
        var elements = StringInfo.GetTextElementEnumerator(fitted.Title);
        while (elements.MoveNext())
        {
            Assert.Contains(elements.GetTextElement(), new[] { "攀", "👨‍👩‍👧", TextElements.Ellipsis });
        }
    }

    [Fact]
    public void TruncatingToBytesNeverSplitsACharacter()
    {
        var text = "攀枝花市：地区生产总值增长3.1%";

        for (var bytes = 4; bytes < Encoding.UTF8.GetByteCount(text); bytes++)
        {
            var cut = TextElements.TruncateBytes(text, bytes);
            Assert.True(Encoding.UTF8.GetByteCount(cut) <= bytes);
            Assert.DoesNotContain('\uFFFD', Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(cut)));
            Assert.StartsWith(cut[..^1], text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void BothLanguagesPutTheChineseFirstAndTheEnglishBesideIt()
    {
        var document = MessageComposer.Compose([Region("510400", Item("510400"))], ContactLanguage.Both, DashboardLinks.None);

        var item = Assert.Single(document.Lines, l => l.Kind == LineKind.Item);
        Assert.Equal("【重大】gdp_growth New / [major] gdp_growth New (510400.growth-target.gdp_growth.2025-Q3)", item.Text);
        Assert.Null(item.Link);
    }
}
