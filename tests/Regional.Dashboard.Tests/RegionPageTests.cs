using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Regional.Api.Authorization;

namespace Regional.Dashboard.Tests;

[Collection(DashboardCollection.Name)]
public sealed class RegionPageTests(DashboardSite site)
{
    private const string Q3 = "2025-Q3";

    private string Lagging => site.Manifest.Cases.Single(c => c.Id == "lagging-two-quarters").RegionCode;

    private string Other => site.Manifest.Cases.Single(c => c.Id == "lagging-one-quarter").RegionCode;

    [Fact]
    public async Task TheRegionPageShowsItsScorecardTrendPeersAndAlertsToAProvinceViewer()
    {
        await using var page = await site.OpenAsync($"/region.html?code={Lagging}&period={Q3}");

        Assert.True(await page.Page.Locator("#scorecard tbody tr").CountAsync() > 5);
        Assert.True(await page.Page.Locator("#trend canvas").CountAsync() > 0);
        Assert.Equal("true", await page.Page.Locator("#peers tr.current").GetAttributeAsync("aria-current"));
        Assert.True(await page.Page.Locator($".alert-item[data-alert^='{Lagging}.growth-target']").CountAsync() > 0);
        Assert.Equal(0, await page.Page.Locator("form.acknowledge").CountAsync());
        await page.Page.ScreenshotAsync(new PageScreenshotOptions { Path = DashboardSite.ImagePath("dashboard-region.png"), FullPage = true });
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task ACityViewerSeesNeitherAnotherCitysAlertsNorTheFormToAcknowledgeThem()
    {
        await using var page = await site.OpenAsync($"/region.html?code={Other}&period={Q3}");
        page.Responses.Clear();
        await page.ViewAsAsync(Roles.AlertResponder, Lagging);

        Assert.Equal(0, await page.Page.Locator(".alert-item").CountAsync());
        Assert.Equal(0, await page.Page.Locator("form.acknowledge").CountAsync());
        Assert.Contains("不能查看", await page.Page.InnerTextAsync("#alerts"), StringComparison.Ordinal);
        Assert.DoesNotContain(page.Responses, r => r.Url.Contains($"region={Other}", StringComparison.Ordinal) || r.Url.Contains($"/api/alerts/{Other}.", StringComparison.Ordinal));

        await page.Page.EvaluateAsync("() => { document.body.dataset.ready = 'false'; }");
        await page.GotoAsync("/alerts.html");
        var regions = await page.Page.Locator("#alerts-table tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.region)");
        Assert.NotEmpty(regions);
        Assert.All(regions, code => Assert.Equal(Lagging, code));

        await page.Page.EvaluateAsync("() => { document.body.dataset.ready = 'false'; }");
        await page.GotoAsync($"/region.html?code={Lagging}&period={Q3}");
        Assert.True(await page.Page.Locator("form.acknowledge").CountAsync() > 0, "the responder is offered the form for its own region's alerts");
    }

    [Fact]
    public async Task AnAcknowledgementMadeInThePageIsInTheAlertsHistoryReadBackFromTheApi()
    {
        await using var page = await site.OpenAsync($"/region.html?code={Lagging}&period={Q3}");
        await page.ViewAsAsync(Roles.AlertResponder, Lagging);
        var form = page.Page.Locator("form.acknowledge").First;
        var alert = await form.GetAttributeAsync("data-alert");
        var note = $"projects moved to Q4 ({Guid.NewGuid():N})"[..40];

        await form.Locator("textarea[name=note]").FillAsync(note);
        await form.Locator("input[name=owner]").FillAsync("攀枝花市发展改革委");
        await form.Locator("input[name=commitment]").FillAsync("two projects start in October");
        await form.Locator("input[name=dueDate]").FillAsync("2025-11-30");
        await form.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(form.Locator(".result")).ToContainTextAsync("已保存");
        await page.Page.ScreenshotAsync(new PageScreenshotOptions { Path = DashboardSite.ImagePath("dashboard-acknowledge.png"), FullPage = false });

        using var http = new HttpClient { BaseAddress = site.Address };
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/alerts/{alert}", UriKind.Relative));
        request.Headers.Add(ClientPrincipal.Header, ClientPrincipal.Encode("reader", [Roles.ProvinceViewer]));
        using var response = await http.SendAsync(request);
        var document = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("acknowledged", document.GetProperty("alert").GetProperty("response").GetProperty("status").GetString());
        Assert.Contains(document.GetProperty("history").EnumerateArray(), e => e.ToString().Contains(note, StringComparison.Ordinal));
        Assert.Empty(page.Errors);
    }
}
