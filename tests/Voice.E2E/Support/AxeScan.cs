using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace Voice.E2E.Support;

/// <summary>
/// axe (WCAG 2.2 A and AA) over a page as the browser shows it. Each page template is scanned
/// once per JavaScript mode and page state in the whole run: the state is the template's name
/// (from the test host), the status code, whether htmx changed the page, and the set of GOV.UK
/// and Voice classes in it (so a question page with radios and one with a text box, or a page
/// with and without its error summary, are scanned separately). The HTML of every content page
/// is checked for structure in the page tests instead.
/// </summary>
public static partial class AxeScan
{
    static readonly ConcurrentDictionary<string, string> Scanned = new();
    static readonly string AxeSource = new BundledAxeScriptProvider().GetScript();

    const string Run = """
        async () => {
          const result = await axe.run(document, {
            runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
            resultTypes: ["violations"],
          });
          return result.violations.map(v => `${v.id} (${v.impact}): ${v.help}\n    ` +
            v.nodes.slice(0, 5).map(n => n.html).join("\n    "));
        }
        """;

    /// <summary>The key of a page's template and state; null when this key was scanned before.</summary>
    public static string? Claim(bool javaScript, IResponse? document, int htmxSwaps, string html, string url)
    {
        var template = document?.Headers.GetValueOrDefault(E2EApp.TemplateHeaderName.ToLowerInvariant()) ?? new Uri(url).AbsolutePath;
        var key = $"{(javaScript ? "js" : "no-js")} {template} {document?.Status} htmx={htmxSwaps > 0} {ComponentsOf(html)}";
        return Scanned.TryAdd(key, url) ? key : null;
    }

    /// <summary>A short fingerprint of the set of GOV.UK and Voice classes in a page's HTML.</summary>
    public static string ComponentsOf(string html)
    {
        var classes = string.Join(' ', ClassNames().Matches(html).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(classes)))[..12];
    }

    /// <summary>Runs axe in a page that has JavaScript; returns each violation as text.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
            await page.EvaluateAsync($"() => {{ {AxeSource} }}");
        var result = await page.EvaluateAsync<JsonElement>(Run);
        return result.EnumerateArray().Select(v => v.GetString()!).ToList();
    }

    /// <summary>
    /// A page shown without JavaScript is copied, as HTML, into a page where axe can run; the
    /// copy's own scripts are blocked so it stays the page a person without JavaScript sees.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ViolationsOfCopyAsync(IPage scanner, string html)
    {
        await scanner.RouteAsync("**/__axe__", route => route.FulfillAsync(new()
        {
            ContentType = "text/html",
            Body = html,
            Headers = new Dictionary<string, string> { ["Content-Security-Policy"] = "script-src 'none'" },
        }));
        try
        {
            await scanner.GotoAsync("/__axe__");
            return await ViolationsAsync(scanner);
        }
        finally
        {
            await scanner.UnrouteAsync("**/__axe__");
        }
    }

    [GeneratedRegex(@"(?<=class=""[^""]*)\b(govuk|voice)-[a-z0-9_-]+")]
    private static partial Regex ClassNames();
}
