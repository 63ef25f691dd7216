using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Voice.E2E.Support;

/// <summary>
/// WCAG 1.4.10 Reflow: what 400% zoom of a 1280 px window gives is a 320 CSS px wide viewport.
/// Every page a journey visits (each address once per JavaScript mode and set of components, so a
/// page with its error summary is checked again) is shown at 320 by 640, where it must not scroll
/// sideways and no element may be cut off: no element runs past the screen's edges and none hides
/// content that overflows it (overflow hidden or clip), except inside the one allowed sideways-scrolling region, a wide table's
/// <c>.voice-table-region</c>. The page is checked in the state the journey reached (after a
/// post, with its session), then put back to the journey's own size.
/// </summary>
public static class Reflow
{
    public const int Width = 320;
    const int Height = 640;
    static readonly ConcurrentDictionary<string, bool> Checked = new();
    static readonly string? ShotsFolder = Environment.GetEnvironmentVariable("VOICE_E2E_SHOTS");
    static int shots;

    /// <summary>Every address checked at 320 px, for the README's count and for tests that want to know.</summary>
    public static IReadOnlyCollection<string> Addresses => Checked.Keys.ToList();

    const string Problems = """
        () => {
          const doc = document.documentElement, width = doc.clientWidth, problems = [];
          if (doc.scrollWidth > width) problems.push(`the page scrolls sideways by ${doc.scrollWidth - width} px`);
          const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
            (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\s+/).join('.') : '') +
            ` "${(e.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 50)}"`;
          const reported = new Set();
          for (const e of document.body.querySelectorAll('*')) {
            if (e.closest('.voice-table-region') || [...reported].some(r => r.contains(e))) continue;
            const style = getComputedStyle(e);
            if (style.display === 'none' || style.visibility === 'hidden' || style.display === 'contents') continue;
            const box = e.getBoundingClientRect();
            if (box.width <= 1 || box.height <= 1) continue; // visually hidden text (1 px, clipped) is read, not seen
            if (box.left < -1 || box.right > width + 1) {
              problems.push(`${name(e)} runs off the screen (from ${Math.round(box.left)} to ${Math.round(box.right)} px)`);
              reported.add(e);
            } else if (['hidden', 'clip'].includes(style.overflowX) && e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1
                       && !['TEXTAREA', 'INPUT', 'SELECT'].includes(e.tagName)) {
              problems.push(`${name(e)} cuts off its content (${e.scrollWidth} px of it in a ${e.clientWidth} px box)`);
              reported.add(e);
            }
          }
          return problems.slice(0, 12);
        }
        """;

    public static async Task CheckAsync(IPage page, bool javaScript, string html)
    {
        var key = $"{(javaScript ? "js" : "no-js")} {new Uri(page.Url).AbsolutePath} {AxeScan.ComponentsOf(html)}";
        if (!Checked.TryAdd(key, true)) return;
        var size = page.ViewportSize;
        await page.SetViewportSizeAsync(Width, Height);
        try
        {
            var problems = await page.EvaluateAsync<string[]>(Problems);
            if (ShotsFolder is not null)
                await page.ScreenshotAsync(new() { Path = Path.Combine(ShotsFolder, $"reflow-{(javaScript ? "js" : "nojs")}-{Interlocked.Increment(ref shots):000}-{string.Concat(new Uri(page.Url).AbsolutePath.Select(c => char.IsLetterOrDigit(c) ? c : '_'))}.png"), FullPage = true });
            Assert.True(problems.Length == 0, $"At {Width} CSS px wide (400% zoom), {page.Url} (JavaScript {(javaScript ? "on" : "off")}):\n" + string.Join("\n", problems));
        }
        finally
        {
            if (size is not null) await page.SetViewportSizeAsync(size.Width, size.Height);
        }
    }
}
