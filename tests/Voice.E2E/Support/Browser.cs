using Microsoft.Playwright;

namespace Voice.E2E.Support;

/// <summary>One Chromium (Debian's, never a downloaded one) for the whole assembly.</summary>
public static class Browser
{
    static readonly Lazy<Task<IBrowser>> shared = new(LaunchAsync);
    public static Task<IBrowser> Shared => shared.Value;

    static async Task<IBrowser> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("VOICE_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            browser.CloseAsync().GetAwaiter().GetResult();
            playwright.Dispose();
        };
        return browser;
    }
}
