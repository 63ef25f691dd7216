using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Voice.E2E.Support;

/// <summary>
/// A person's way through the site, in their words: go to, fill in, choose, press. Every page
/// reached is checked for browser errors, and scanned with axe (WCAG 2.2 A and AA) the first
/// time its template is seen in this JavaScript mode (see <see cref="AxeScan"/>); the journey
/// fails on any violation. Runs with JavaScript on or off.
///
/// Every step waits for a condition (the page's response and load, an htmx swap, an element),
/// never for a fixed time; a step that does not finish within <see cref="StepTimeout"/> fails
/// with the step and the address named.
/// </summary>
public sealed class Journey : IAsyncDisposable
{
    /// <summary>
    /// How long one step may take. Generous, because CI machines are often busy; set
    /// VOICE_E2E_STEP_SECONDS to change it.
    /// </summary>
    public static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(
        double.TryParse(Environment.GetEnvironmentVariable("VOICE_E2E_STEP_SECONDS"), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) ? s : 90);

    // Playwright's Expect(...) waits 5 s by default, which a busy CI machine can need for one htmx
    // swap; an expectation waits as long as a step may take.
    static Journey() => Assertions.SetDefaultExpectTimeout((float)StepTimeout.TotalMilliseconds);

    readonly IBrowserContext context;
    IBrowserContext? scannerContext;
    IPage? scanner;
    readonly List<string> consoleErrors = [];
    IResponse? document;
    int htmxSwaps;
    public IPage Page { get; }
    public E2EApp App { get; }
    public bool JavaScript { get; }
    public List<string> Visited { get; } = [];

    Journey(E2EApp app, IBrowserContext context, IPage page, bool javaScript)
    {
        App = app;
        this.context = context;
        Page = page;
        JavaScript = javaScript;
        // Pages that answer 400/403/404 log their own status; broken stylesheets, scripts or
        // images are what matter, so those are caught from the responses instead.
        page.Console += (_, m) => { if (m.Type == "error" && !m.Text.StartsWith("Failed to load resource", StringComparison.Ordinal)) consoleErrors.Add(m.Text); };
        page.Response += (_, r) =>
        {
            if (r.Request.ResourceType != "document" && r.Status >= 400) consoleErrors.Add($"{r.Status} for {r.Url}");
            if (r.Frame != page.MainFrame) return;
            if (r.Request.IsNavigationRequest) { document = r; htmxSwaps = 0; }
            else if (IsHtmx(r)) htmxSwaps++;
        };
        page.RequestFailed += (_, r) => { if (r.ResourceType != "document") consoleErrors.Add($"Failed: {r.Url} {r.Failure}"); };
    }

    /// <summary>A phone (390 by 844 CSS pixels): every journey without JavaScript runs at this size unless it asks for another.</summary>
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };
    /// <summary>A small desktop: journeys with JavaScript run at this size unless they ask for another.</summary>
    public static readonly ViewportSize Desktop = new() { Width = 1024, Height = 800 };

    /// <summary>When set, every page checked is also saved as a full-page screenshot in this folder, for people to look at.</summary>
    static readonly string? ShotsFolder = Environment.GetEnvironmentVariable("VOICE_E2E_SHOTS");
    static int shots;

    public static async Task<Journey> StartAsync(bool javaScript, ViewportSize? viewport = null)
    {
        var app = await E2EApp.Shared;
        var browser = await Browser.Shared;
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseUrl,
            JavaScriptEnabled = javaScript,
            ViewportSize = viewport ?? (javaScript ? Desktop : Phone),
        });
        context.SetDefaultTimeout((float)StepTimeout.TotalMilliseconds);
        context.SetDefaultNavigationTimeout((float)StepTimeout.TotalMilliseconds);
        return new Journey(app, context, await context.NewPageAsync(), javaScript);
    }

    public Task GoToAsync(string path) => StepAsync($"go to {path}", async () =>
    {
        await Page.GotoAsync(path, new() { WaitUntil = WaitUntilState.Load });
        await CheckPageAsync();
    });

    /// <summary>A staff member signs in with their password and a code from their authenticator.</summary>
    public async Task SignInAsync(string email, string password, string authenticatorKey)
    {
        await GoToAsync("/account/sign-in");
        await FillAsync("Email address", email);
        await FillAsync("Password", password);
        await ClickButtonAsync("Sign in");
        await FillAsync("Enter your security code", Voice.Tests.Support.Totp.Code(authenticatorKey));
        await ClickButtonAsync("Continue");
    }

    public Task FillAsync(string label, string value) => StepAsync($"fill in '{label}'", () =>
        Page.GetByLabel(label, new() { Exact = true }).FillAsync(value));

    public Task CheckAsync(string label) => StepAsync($"choose '{label}'", () =>
        Page.GetByLabel(label, new() { Exact = true }).CheckAsync());

    public Task UncheckAsync(string label) => StepAsync($"untick '{label}'", () =>
        Page.GetByLabel(label, new() { Exact = true }).UncheckAsync());

    /// <summary>Presses a button and waits for the page it leads to (or the htmx swap it makes).</summary>
    public Task ClickButtonAsync(string name) => StepAsync($"press the '{name}' button", async () =>
    {
        var button = Page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });
        await ActAndWaitForPageAsync(() => button.ClickAsync(), await UsesHtmxAsync(button));
        await CheckPageAsync();
    });

    /// <summary>Follows a link and waits for the page it leads to; a link within the page waits for its address.</summary>
    public Task ClickLinkAsync(string name) => StepAsync($"follow the '{name}' link", async () =>
    {
        var link = Page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).First;
        var href = await link.GetAttributeAsync("href");
        if (href is not null && href.StartsWith('#'))
        {
            await link.ClickAsync();
            await Page.WaitForURLAsync(u => u.EndsWith(href, StringComparison.Ordinal));
            return;
        }
        await ActAndWaitForPageAsync(() => link.ClickAsync(), await UsesHtmxAsync(link));
        await CheckPageAsync();
    });

    public async Task<string> HeadingAsync() => (await Page.Locator("h1").First.InnerTextAsync()).Trim();

    public async Task ExpectHeadingAsync(string text)
    {
        var heading = await HeadingAsync();
        Assert.True(heading == text, $"Expected the heading \"{text}\" but {Page.Url} has \"{heading}\"");
    }

    public async Task<IReadOnlyList<string>> ErrorSummaryAsync() =>
        (await Page.Locator(".govuk-error-summary__list li").AllInnerTextsAsync()).Select(t => t.Trim()).ToList();

    /// <summary>
    /// Does something that loads a page (or, when <paramref name="htmx"/>, makes an htmx request)
    /// and waits until that page has loaded, or the swap has settled; returns the page's response
    /// (null after an htmx swap). A download counts as done when its response arrives. Other htmx
    /// requests (an autosave that fires meanwhile) are not mistaken for the page.
    /// </summary>
    public async Task<IResponse?> ActAndWaitForPageAsync(Func<Task> action, bool htmx = false)
    {
        var done = new TaskCompletionSource<IResponse?>(TaskCreationOptions.RunContinuationsAsynchronously);
        IResponse? navigation = null;
        var committed = false;
        var swapped = false;
        void OnResponse(object? _, IResponse r)
        {
            if (r.Frame != Page.MainFrame) return;
            if (r.Request.IsNavigationRequest)
            {
                navigation = r;
                if (r.Headers.GetValueOrDefault("content-disposition")?.StartsWith("attachment", StringComparison.OrdinalIgnoreCase) == true) done.TrySetResult(r);
            }
            else if (htmx && IsHtmx(r)) { swapped = true; done.TrySetResult(null); }
        }
        void OnNavigated(object? _, IFrame frame) { if (frame == Page.MainFrame && navigation is not null) committed = true; }
        void OnLoad(object? _, IPage page) { if (committed) done.TrySetResult(navigation); }
        Page.Response += OnResponse;
        Page.FrameNavigated += OnNavigated;
        Page.Load += OnLoad;
        try
        {
            await action();
            IResponse? response;
            try
            {
                response = await done.Task.WaitAsync(StepTimeout);
            }
            catch (TimeoutException e)
            {
                throw new TimeoutException(navigation is null
                    ? "no page (and no htmx response) came back"
                    : $"the response {navigation.Status} for {navigation.Url} came back, but the page did not finish loading", e);
            }
            if (swapped)
                await Page.WaitForFunctionAsync("() => !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling, .htmx-added')");
            return response;
        }
        finally
        {
            Page.Response -= OnResponse;
            Page.FrameNavigated -= OnNavigated;
            Page.Load -= OnLoad;
        }
    }

    /// <summary>
    /// Checks the page as it is now: no browser errors, no sideways scrolling at this size nor at
    /// 320 px (<see cref="Reflow"/>), and, the first time its template is seen in this JavaScript
    /// mode, named and grouped form controls (<see cref="ScreenReader"/>) and no axe violations.
    /// </summary>
    public async Task CheckPageAsync()
    {
        Visited.Add(new Uri(Page.Url).PathAndQuery);
        Assert.True(consoleErrors.Count == 0, $"Browser console errors on {Page.Url}:\n" + string.Join("\n", consoleErrors));
        if (ShotsFolder is not null)
        {
            var name = $"{Interlocked.Increment(ref shots):000}-{(JavaScript ? "js" : "nojs")}-{Page.ViewportSize?.Width}-{string.Concat(new Uri(Page.Url).AbsolutePath.Select(c => char.IsLetterOrDigit(c) ? c : '_'))}.png";
            await Page.ScreenshotAsync(new() { Path = Path.Combine(ShotsFolder, name), FullPage = true });
        }
        var overflow = await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{Page.Url} scrolls sideways by {overflow} px at {Page.ViewportSize?.Width} px wide");
        var html = await Page.ContentAsync();
        await Reflow.CheckAsync(Page, JavaScript, html);
        if (AxeScan.Claim(JavaScript, document, htmxSwaps, html, Page.Url) is null) return;
        await ScreenReader.AssertFormsNamedAndGroupedAsync(Page);
        IReadOnlyList<string> violations;
        if (JavaScript)
        {
            violations = await AxeScan.ViolationsAsync(Page);
        }
        else
        {
            // axe needs JavaScript: the page's HTML is scanned in a second context that has it.
            if (scanner is null)
            {
                scannerContext = await (await Browser.Shared).NewContextAsync(new BrowserNewContextOptions
                {
                    BaseURL = App.BaseUrl,
                    JavaScriptEnabled = true,
                    ViewportSize = Page.ViewportSize is { } v ? new ViewportSize { Width = v.Width, Height = v.Height } : null,
                });
                scannerContext.SetDefaultTimeout((float)StepTimeout.TotalMilliseconds);
                scanner = await scannerContext.NewPageAsync();
            }
            violations = await AxeScan.ViolationsOfCopyAsync(scanner, html);
        }
        Assert.True(violations.Count == 0, $"Accessibility violations on {Page.Url}:\n" + string.Join("\n", violations));
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

    /// <summary>Runs one step; a step that times out fails naming the step, the page and the limit.</summary>
    async Task StepAsync(string step, Func<Task> body)
    {
        var url = Page.Url;
        try
        {
            await body();
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"The step \"{step}\" on {url} did not finish within {StepTimeout.TotalSeconds:0} s " +
                                       $"(JavaScript {(JavaScript ? "on" : "off")}): {e.Message.Split('\n')[0]}", e);
        }
    }

    /// <summary>Whether a control is driven by htmx (only ever with JavaScript on).</summary>
    async Task<bool> UsesHtmxAsync(ILocator control) => JavaScript && await control.EvaluateAsync<bool>(
        "e => !!e.closest('[hx-get],[hx-post],[hx-put],[hx-patch],[hx-delete],[hx-boost=true],[data-hx-get],[data-hx-post],[data-hx-put],[data-hx-patch],[data-hx-delete]')");

    static bool IsHtmx(IResponse r) => r.Request.Headers.ContainsKey("hx-request");

    public async ValueTask DisposeAsync()
    {
        await context.CloseAsync();
        if (scannerContext is not null) await scannerContext.CloseAsync();
    }
}

public record EmailMessageView(string To, string Subject, string Body);
