namespace Regional.Dashboard.Tests;

[Collection(DashboardCollection.Name)]
public sealed class AlertsPageTests(DashboardSite site)
{
    [Fact]
    public async Task AlertsArePagedByTheApisContinuationToken()
    {
        await using var page = await site.OpenAsync("/alerts.html?pageSize=3");
        var first = await Ids(page);
        Assert.Equal(3, first.Length);

        await page.Page.EvaluateAsync("() => { document.body.dataset.ready = 'false'; }");
        await page.Page.ClickAsync("#next-page");
        await page.ReadyAsync();
        var second = await Ids(page);

        Assert.NotEmpty(second);
        Assert.Empty(first.Intersect(second));
        Assert.Contains("continuationToken=", page.Page.Url, StringComparison.Ordinal);
        await page.Page.ScreenshotAsync(new Microsoft.Playwright.PageScreenshotOptions { Path = DashboardSite.ImagePath("dashboard-alerts.png"), FullPage = true });
    }

    [Fact]
    public async Task TheFiltersAreTheApis()
    {
        await using var page = await site.OpenAsync("/alerts.html?status=resolved&pageSize=50");

        Assert.Contains(page.Responses, r => r.Url.Contains("/api/alerts?status=resolved&pageSize=50", StringComparison.Ordinal) && r.Status == 200);
        var states = await page.Page.Locator("#alerts-table tbody tr td:nth-child(4)").AllInnerTextsAsync();
        Assert.NotEmpty(states);
        Assert.All(states, s => Assert.Equal("已解除", s));
    }

    private static Task<string[]> Ids(SitePage page) =>
        page.Page.Locator("#alerts-table tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.alert)");
}
