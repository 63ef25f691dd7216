using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Voice.E2E.Support;

/// <summary>
/// A person's way through the site, in their words: go to, fill in, choose, press. Every page
/// reached is scanned with axe (WCAG 2.2 A and AA) and the journey fails on any violation.
/// Runs with JavaScript on or off.
/// </summary>
public sealed class Journey : IAsyncDisposable
{
    static readonly AxeRunOptions AxeOptions = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    readonly IBrowserContext context;
    readonly IBrowserContext? scanner;
    readonly List<string> consoleErrors = [];
    public IPage Page { get; }
    public E2EApp App { get; }
    public bool JavaScript { get; }
    public List<string> Visited { get; } = [];

    Journey(E2EApp app, IBrowserContext context, IBrowserContext? scanner, IPage page, bool javaScript)
    {
        App = app;
        this.context = context;
        this.scanner = scanner;
        Page = page;
        JavaScript = javaScript;
        // Pages that answer 400/403/404 log their own status; broken stylesheets, scripts or
        // images are what matter, so those are caught from the responses instead.
        page.Console += (_, m) => { if (m.Type == "error" && !m.Text.StartsWith("Failed to load resource", StringComparison.Ordinal)) consoleErrors.Add(m.Text); };
        page.Response += (_, r) => { if (r.Status >= 400 && r.Request.ResourceType != "document") consoleErrors.Add($"{r.Status} for {r.Url}"); };
        page.RequestFailed += (_, r) => { if (r.ResourceType != "document") consoleErrors.Add($"Failed: {r.Url} {r.Failure}"); };
    }

    public static async Task<Journey> StartAsync(bool javaScript)
    {
        var app = await E2EApp.Shared;
        var browser = await Browser.Shared;
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseUrl,
            JavaScriptEnabled = javaScript,
            ViewportSize = new ViewportSize { Width = 1024, Height = 800 },
        });
        context.SetDefaultTimeout(15_000);
        // axe needs JavaScript; without it, each page's HTML is scanned in a second context.
        var scanner = javaScript ? null : await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseUrl, JavaScriptEnabled = true });
        return new Journey(app, context, scanner, await context.NewPageAsync(), javaScript);
    }

    public async Task GoToAsync(string path)
    {
        await Page.GotoAsync(path);
        await CheckPageAsync();
    }

    public async Task FillAsync(string label, string value) =>
        await Page.GetByLabel(label, new() { Exact = true }).FillAsync(value);

    public async Task CheckAsync(string label) =>
        await Page.GetByLabel(label, new() { Exact = true }).CheckAsync();

    public async Task UncheckAsync(string label) =>
        await Page.GetByLabel(label, new() { Exact = true }).UncheckAsync();

    public async Task ClickButtonAsync(string name)
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true }).ClickAsync();
        await Page.WaitForLoadStateAsync(LoadState.Load);
        await CheckPageAsync();
    }

    public async Task ClickLinkAsync(string name)
    {
        await Page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).First.ClickAsync();
        await Page.WaitForLoadStateAsync(LoadState.Load);
        await CheckPageAsync();
    }

    public async Task<string> HeadingAsync() => (await Page.Locator("h1").First.InnerTextAsync()).Trim();

    public async Task ExpectHeadingAsync(string text) => Assert.Equal(text, await HeadingAsync());

    public async Task<IReadOnlyList<string>> ErrorSummaryAsync() =>
        (await Page.Locator(".govuk-error-summary__list li").AllInnerTextsAsync()).Select(t => t.Trim()).ToList();

    /// <summary>Runs axe over the page as it is now; fails with every violation listed.</summary>
    public async Task CheckPageAsync()
    {
        Visited.Add(new Uri(Page.Url).PathAndQuery);
        AxeResult result;
        if (JavaScript)
        {
            result = await Page.RunAxe(AxeOptions);
        }
        else
        {
            var html = await Page.ContentAsync();
            var copy = await scanner!.NewPageAsync();
            await copy.RouteAsync("**/__axe__", route => route.FulfillAsync(new() { ContentType = "text/html", Body = html }));
            await copy.GotoAsync("/__axe__");
            result = await copy.RunAxe(AxeOptions);
            await copy.CloseAsync();
        }
        var violations = result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help}\n    " + string.Join("\n    ", v.Nodes.Take(5).Select(n => n.Html))).ToList();
        Assert.True(violations.Count == 0, $"Accessibility violations on {Page.Url}:\n" + string.Join("\n", violations));
        Assert.True(consoleErrors.Count == 0, $"Browser console errors on {Page.Url}:\n" + string.Join("\n", consoleErrors));
    }

    /// <summary>The newest email queued for an address, read from the outbox table (every notification is a row there).</summary>
    public EmailMessageView LatestEmailTo(string address)
    {
        using var scope = App.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Voice.Data.VoiceDbContext>();
        return db.OutboxMessages.AsNoTracking().Where(m => m.ToEmail != null).OrderBy(m => m.Id).AsEnumerable()
            .Where(m => m.ToEmail!.Equals(address, StringComparison.OrdinalIgnoreCase))
            .Select(m => new EmailMessageView(m.ToEmail!, m.Subject, m.Body)).Last();
    }

    public async ValueTask DisposeAsync()
    {
        await context.CloseAsync();
        if (scanner is not null) await scanner.CloseAsync();
    }
}

public record EmailMessageView(string To, string Subject, string Body);
