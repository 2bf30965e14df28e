using Deque.AxeCore.Playwright;

namespace Regional.Dashboard.Tests;

/// <summary>What holds on every page: no console error, no request outside the site, no serious accessibility problem.</summary>
[Collection(DashboardCollection.Name)]
public sealed class WholeSiteTests(DashboardSite site)
{
    public static TheoryData<string> Pages => new()
    {
        "/?period=2025-Q3",
        "/region.html?code=510400&period=2025-Q3",
        "/alerts.html",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task EveryPageLogsNoErrorAndAsksNothingOutsideItsOrigin(string path)
    {
        await using var page = await site.OpenAsync(path);

        Assert.Empty(page.Errors);
        Assert.Empty(page.Foreign);
        Assert.Contains(page.Requests, url => url.EndsWith("/assets/echarts.min.js", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task AxeFindsNoSeriousOrCriticalViolationInEitherLanguage(string path)
    {
        await using var page = await site.OpenAsync(path);
        var chinese = await page.Page.RunAxe();

        await page.Page.EvaluateAsync("() => { document.body.dataset.ready = 'false'; }");
        await page.Page.ClickAsync("button.language");
        await page.ReadyAsync();
        var english = await page.Page.RunAxe();

        var serious = chinese.Violations.Concat(english.Violations)
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join("; ", v.Nodes.Take(3).Select(n => n.Html))}")
            .ToList();
        Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious));
    }
}
