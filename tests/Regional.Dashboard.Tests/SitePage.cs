using Microsoft.Playwright;

namespace Regional.Dashboard.Tests;

/// <summary>One page in its own browser context, with every console error, page error and request it made.</summary>
public sealed class SitePage : IAsyncDisposable
{
    private readonly Uri _origin;

    public SitePage(IBrowserContext context, IPage page, Uri origin)
    {
        Context = context;
        Page = page;
        _origin = origin;
        page.Console += (_, message) =>
        {
            if (message.Type is "error")
            {
                Errors.Add($"console: {message.Text}");
            }
        };
        page.PageError += (_, error) => Errors.Add($"page error: {error}");
        page.Request += (_, request) => Requests.Add(request.Url);
        page.Response += (_, response) => Responses.Add((response.Url, response.Status));
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public List<string> Errors { get; } = [];

    public List<string> Requests { get; } = [];

    public List<(string Url, int Status)> Responses { get; } = [];

    /// <summary>Opens a path of the site and waits until the page says it has drawn everything.</summary>
    public async Task GotoAsync(string path)
    {
        await Page.GotoAsync(path);
        await ReadyAsync();
    }

    public async Task ReadyAsync() =>
        await Page.WaitForFunctionAsync("() => document.body.dataset.ready === 'true'", null, new PageWaitForFunctionOptions { Timeout = 60_000 });

    /// <summary>Chooses who to be in the Development-mode "view as" form and waits for the page to draw again.</summary>
    public async Task ViewAsAsync(string kind, string? city = null)
    {
        await Page.EvaluateAsync("() => { document.body.dataset.ready = 'false'; }");
        await Page.SelectOptionAsync("#view-as-kind", kind);
        if (city is not null)
        {
            await Page.SelectOptionAsync("#view-as-city", city);
        }

        await Page.ClickAsync(".view-as button[type=submit]");
        await ReadyAsync();
    }

    /// <summary>Requests that left the site's own origin (none may).</summary>
    public IEnumerable<string> Foreign => Requests.Where(url => !url.StartsWith(_origin.GetLeftPart(UriPartial.Authority) + "/", StringComparison.Ordinal) && !url.StartsWith("data:", StringComparison.Ordinal) && !url.StartsWith("blob:", StringComparison.Ordinal));

    public async ValueTask DisposeAsync() => await Context.DisposeAsync();
}
