using Microsoft.Playwright;

namespace Regional.Dashboard.Tests;

[Collection(DashboardCollection.Name)]
public sealed class ProvincePageTests(DashboardSite site)
{
    private const string Q3 = "2025-Q3";

    [Fact]
    public async Task ThePlantedLaggingCitiesAreInTheLeagueTableWithTheirBandAndTheLastRanks()
    {
        await using var page = await site.OpenAsync($"/?period={Q3}");

        var lagging = site.Manifest.Cases.Where(c => c.Id.StartsWith("lagging-", StringComparison.Ordinal)).Select(c => c.RegionCode).ToList();
        Assert.Equal(2, lagging.Count);
        var rows = page.Page.Locator("#league tbody tr");
        var count = await rows.CountAsync();
        foreach (var code in lagging)
        {
            var row = page.Page.Locator($"#league tbody tr[data-region='{code}']");
            Assert.Equal("lagging", await row.GetAttributeAsync("data-band"));
            Assert.Contains("落后", await row.Locator("td").Nth(5).InnerTextAsync(), StringComparison.Ordinal);
            var rank = await row.Locator("td").First.InnerTextAsync();
            // Ranks compare the cities with each other (the province has a row of its own and no rank): "19/20".
            var parts = rank.Split('/');
            var position = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
            var of = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(position >= of - 2, $"{code} is ranked {rank}, not among the last three of {of} ({count} rows)");
        }

        Assert.Equal("2", await page.Page.Locator("[data-count='lagging'] .count-number").InnerTextAsync());
        await page.Page.ScreenshotAsync(new PageScreenshotOptions { Path = DashboardSite.ImagePath("dashboard-province.png"), FullPage = true });
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task TheRedLineBoardShowsThePlantedBreachInItsCellAndNoDataAsSuch()
    {
        await using var page = await site.OpenAsync($"/?period={Q3}");

        var breach = site.Manifest.Cases.Single(c => c.Id == "arable-land-breach");
        var cell = page.Page.Locator($"#board tr[data-region='{breach.RegionCode}'] td[data-rule='{breach.RuleId}']");
        Assert.Equal("breach", await cell.GetAttributeAsync("data-state"));
        Assert.Contains("突破", await cell.InnerTextAsync(), StringComparison.Ordinal);

        var others = page.Page.Locator($"#board td[data-rule='{breach.RuleId}'][data-state='breach']");
        Assert.Equal(1, await others.CountAsync());
        var noData = page.Page.Locator("#board td[data-state='no-data']");
        for (var i = 0; i < await noData.CountAsync(); i++)
        {
            Assert.Contains("无数据", await noData.Nth(i).InnerTextAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task SwitchingTheLanguageChangesTheLabelsAndTheLanguageOfThePage()
    {
        await using var page = await site.OpenAsync($"/?period={Q3}");
        Assert.Equal("zh-CN", await page.Page.GetAttributeAsync("html", "lang"));
        Assert.Contains("全省比较", await page.Page.InnerTextAsync("h1"), StringComparison.Ordinal);

        await page.Page.EvaluateAsync("() => { document.body.dataset.ready = 'false'; }");
        await page.Page.ClickAsync("button.language");
        await page.ReadyAsync();

        Assert.Equal("en", await page.Page.GetAttributeAsync("html", "lang"));
        Assert.Contains("Province", await page.Page.InnerTextAsync("h1"), StringComparison.Ordinal);
        Assert.Contains("League table", await page.Page.InnerTextAsync("#table-title"), StringComparison.Ordinal);
        Assert.Contains("Panzhihua", await page.Page.InnerTextAsync("#league"), StringComparison.Ordinal);
        await page.Page.ScreenshotAsync(new PageScreenshotOptions { Path = DashboardSite.ImagePath("dashboard-province-en.png"), FullPage = false });
    }

    [Fact]
    public async Task ASecondRefreshOfAnUnchangedPeriodIsAnswered304()
    {
        await using var page = await site.OpenAsync($"/?period={Q3}");
        var scorecard = $"/api/periods/{Q3}/scorecard";
        Assert.Contains(page.Responses, r => r.Url.EndsWith(scorecard, StringComparison.Ordinal) && r.Status == 200);

        await page.Page.EvaluateAsync("() => { document.body.dataset.ready = 'false'; }");
        await page.Page.ClickAsync("#refresh");
        await page.ReadyAsync();
        await page.Page.EvaluateAsync("() => { document.body.dataset.ready = 'false'; }");
        await page.Page.ClickAsync("#refresh");
        await page.ReadyAsync();

        var answers = page.Responses.Where(r => r.Url.EndsWith(scorecard, StringComparison.Ordinal)).Select(r => r.Status).ToList();
        Assert.Equal([200, 304, 304], answers);
        await Assertions.Expect(page.Page.Locator("#refresh-status")).ToContainTextAsync("304");
    }

    [Fact]
    public async Task TheCsvDownloadIsTheApisOwnCsv()
    {
        await using var page = await site.OpenAsync($"/?period={Q3}");

        var download = await page.Page.RunAndWaitForDownloadAsync(() => page.Page.ClickAsync("#download-csv"));
        var path = await download.PathAsync();
        var csv = await File.ReadAllTextAsync(path!);

        using var http = new HttpClient { BaseAddress = site.Address };
        var api = await http.GetStringAsync(new Uri($"/api/periods/{Q3}/scorecard?format=csv", UriKind.Relative));
        Assert.Equal($"scorecard-{Q3}.csv", download.SuggestedFilename);
        Assert.Equal(api, csv);
        Assert.Contains(",510400,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePrintedPageKeepsTheTablesAndDropsTheControls()
    {
        await using var page = await site.OpenAsync($"/?period={Q3}");
        await page.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.False(await page.Page.Locator(".controls").IsVisibleAsync());
        Assert.False(await page.Page.Locator("#site-header").IsVisibleAsync());
        Assert.True(await page.Page.Locator("#league").IsVisibleAsync());
        Assert.True(await page.Page.Locator("#board").IsVisibleAsync());
    }
}
