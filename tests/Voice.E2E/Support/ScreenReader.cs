using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Voice.E2E.Support;

/// <summary>
/// What a screen reader would be told, read from Chromium's accessibility tree through
/// Playwright (aria snapshots, roles, accessible names and descriptions). A proxy for JAWS, NVDA
/// and VoiceOver, which read the same tree, not a run of them.
/// </summary>
public static partial class ScreenReader
{
    /// <summary>
    /// On every page checked (once per template and state): every form control in the main
    /// content has an accessible name, and every radio button, and every checkbox that has
    /// siblings, sits in a named group (a fieldset with its legend).
    /// </summary>
    public static async Task AssertFormsNamedAndGroupedAsync(IPage page)
    {
        var main = page.Locator("main");
        if (await main.CountAsync() != 1) return;
        var tree = await main.AriaSnapshotAsync();
        var problems = new List<string>();
        var ancestors = new List<(int Indent, string Role, bool Named)>();
        var checkboxes = 0;
        var ungroupedCheckboxes = new List<string>();
        foreach (var line in tree.Split('\n'))
        {
            var m = Node().Match(line);
            if (!m.Success) continue;
            var indent = m.Groups["indent"].Length;
            var role = m.Groups["role"].Value;
            var named = m.Groups["name"].Success && m.Groups["name"].Value.Trim('"', '/').Trim().Length > 0;
            ancestors.RemoveAll(a => a.Indent >= indent);
            ancestors.Add((indent, role, named));
            if (!Controls.Contains(role)) continue;
            if (!named) problems.Add($"a {role} has no accessible name: {line.Trim()}");
            var grouped = ancestors.Any(a => a.Role is "group" or "radiogroup" && a.Named);
            if (role == "radio" && !grouped) problems.Add($"a radio button is not in a named group: {line.Trim()}");
            if (role == "checkbox") { checkboxes++; if (!grouped) ungroupedCheckboxes.Add(line.Trim()); }
        }
        if (checkboxes > 1) problems.AddRange(ungroupedCheckboxes.Select(c => $"one of several checkboxes is not in a named group: {c}"));
        Assert.True(problems.Count == 0, $"What a screen reader hears on {page.Url}:\n" + string.Join("\n", problems) + "\n\nThe tree:\n" + tree);
    }

    static readonly HashSet<string> Controls = ["textbox", "searchbox", "combobox", "listbox", "spinbutton", "radio", "checkbox", "slider", "switch"];

    /// <summary>
    /// A page that refused what was sent: its title starts "Error:" (read first on every page
    /// load), the error summary is an alert headed "There is a problem", with JavaScript focus is
    /// on it, and each of its links leads to a field (or the field's group) whose accessible
    /// description carries the same message, so the message is read again at the field.
    /// </summary>
    public static async Task AssertErrorsAnnouncedAsync(Journey journey)
    {
        var page = journey.Page;
        Assert.StartsWith("Error:", await page.TitleAsync());
        var alert = page.GetByRole(AriaRole.Alert);
        await Expect(alert).ToHaveCountAsync(1);
        await Expect(alert.GetByRole(AriaRole.Heading, new() { Name = "There is a problem" })).ToBeVisibleAsync();
        if (journey.JavaScript)
            Assert.True(await page.EvaluateAsync<bool>("() => !!document.activeElement.closest('.govuk-error-summary')"),
                $"focus did not move to the error summary on {page.Url}");
        var links = await alert.GetByRole(AriaRole.Link).AllAsync();
        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            var message = (await link.InnerTextAsync()).Trim();
            var id = (await link.GetAttributeAsync("href"))!.TrimStart('#');
            var field = page.Locator($"[id='{id}']");
            await Expect(field).ToHaveCountAsync(1);
            var group = field.Locator("xpath=ancestor::fieldset[1]");
            var described = await group.CountAsync() == 1 && await field.GetAttributeAsync("type") is "radio" or "checkbox" || await field.EvaluateAsync<bool>("e => e.classList.contains('govuk-date-input__input')")
                ? group : field;
            await Expect(described).ToHaveAccessibleDescriptionAsync(new Regex(@"Error:\s+" + Regex.Escape(message)));
        }
    }

    /// <summary>
    /// A questionnaire page: "Question N of M" is in the page title (read on every page load) and
    /// in the description of the question's field or group (read when the answer is reached);
    /// choices are in a group named by the question; a face is a radio button named in words.
    /// Returns whether the question was a faces question.
    /// </summary>
    public static async Task<bool> AssertQuestionAsync(IPage page)
    {
        var title = await page.TitleAsync();
        var progress = Progress().Match(title);
        Assert.True(progress.Success, $"the title \"{title}\" does not say which question this is");
        var question = (await page.Locator("h1").InnerTextAsync()).Trim();
        var answer = page.Locator("main [name=Answer]").First;
        var type = await answer.GetAttributeAsync("type");
        ILocator described;
        if (await answer.Locator("xpath=ancestor::fieldset").CountAsync() > 0)
        {
            // Choices, or a list of people: one group, named by the question, holds every field.
            described = page.GetByRole(AriaRole.Group, new() { Name = question, Exact = true });
            await Expect(described).ToHaveCountAsync(1);
            var role = type switch { "radio" => AriaRole.Radio, "checkbox" => AriaRole.Checkbox, _ => AriaRole.Textbox };
            Assert.Equal(await page.Locator("main").GetByRole(role).CountAsync(), await described.GetByRole(role).CountAsync());
        }
        else
        {
            described = page.Locator("main").GetByRole(AriaRole.Textbox, new() { Name = question, Exact = true }).First;
            await Expect(described).ToHaveCountAsync(1);
        }
        await Expect(described).ToHaveAccessibleDescriptionAsync(new Regex(Regex.Escape(progress.Value)));

        var faces = page.Locator(".voice-faces");
        if (await faces.CountAsync() == 0) return false;
        var snapshot = await faces.AriaSnapshotAsync();
        var radios = FaceRadio().Matches(snapshot);
        Assert.True(radios.Count >= 2 && radios.All(r => r.Groups[1].Value.Any(char.IsLetter)),
            $"the faces are not each a radio button named in words:\n{snapshot}");
        Assert.DoesNotContain("- img", snapshot); // each face picture is decoration: its words are the radio's name
        return true;
    }

    /// <summary>
    /// After an htmx swap: what came in is inside a live region (aria-live or a status role) that
    /// was already on the page before the swap, so screen readers read the change. The caller
    /// marks the page with <see cref="MarkLiveRegionsAsync"/> before the swap, and waits until the
    /// last swap it caused has landed. Finding the element and reading its live region happen in
    /// one evaluation: a locator finds the element and evaluates in two steps, and a swap landing
    /// between them leaves the old, detached element, which is in no region at all.
    /// </summary>
    public static async Task AssertSwapAnnouncedAsync(IPage page, string swappedSelector)
    {
        var announced = await page.EvaluateAsync<bool>(
            "selector => { const e = document.querySelector(selector); const r = e && e.closest('[aria-live=polite],[aria-live=assertive],[role=status],[role=alert]'); return !!r && r.dataset.voiceMarked === 'before'; }",
            swappedSelector);
        Assert.True(announced, $"{swappedSelector} on {page.Url} was changed by htmx outside a live region that was there before the change, so a screen reader does not read it");
    }

    public static Task MarkLiveRegionsAsync(IPage page) =>
        page.EvaluateAsync("() => document.querySelectorAll('[aria-live],[role=status],[role=alert]').forEach(r => r.dataset.voiceMarked = 'before')");

    // A line is YAML: one whose name holds a colon is wrapped in single quotes ("- 'group "Point 1: …"':").
    [GeneratedRegex(@"^(?<indent>\s*)- '?(?<role>[a-z]+)(?: (?<name>""(?:[^""\\]|\\.)*""|/.*?/))?(?=[ :\['']|$)")]
    private static partial Regex Node();

    [GeneratedRegex(@"Question \d+ of \d+")]
    private static partial Regex Progress();

    [GeneratedRegex(@"- radio ""([^""]*)""")]
    private static partial Regex FaceRadio();
}
