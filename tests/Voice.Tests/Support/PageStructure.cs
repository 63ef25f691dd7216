using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Voice.Tests.Support;

/// <summary>
/// What can be checked of a page's accessibility from its HTML alone, for pages that share a
/// template already scanned with axe in the browser: the language, one h1, headings in order,
/// links and buttons with text, labelled form fields, images with alternative text, unique ids.
/// </summary>
public static class PageStructure
{
    /// <summary>Every problem found, each naming the element; empty when the page is sound.</summary>
    public static IReadOnlyList<string> Problems(IHtmlDocument page)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(page.DocumentElement.GetAttribute("lang"))) problems.Add("the page has no lang");
        if (string.IsNullOrWhiteSpace(page.Title)) problems.Add("the page has no title");

        var h1s = page.QuerySelectorAll("h1");
        if (h1s.Length != 1) problems.Add($"{h1s.Length} h1 headings, not 1");
        var main = page.QuerySelector("main");
        if (main is null) problems.Add("no main landmark");
        else if (h1s.Length > 0 && !main.Contains(h1s[0])) problems.Add("the h1 is outside main");

        var level = 0;
        foreach (var heading in page.QuerySelectorAll("h1, h2, h3, h4, h5, h6"))
        {
            var next = heading.LocalName[1] - '0';
            if (string.IsNullOrWhiteSpace(heading.TextContent)) problems.Add($"an empty {heading.LocalName}");
            if (next > level + 1) problems.Add($"{heading.LocalName} \"{heading.TextContent.Trim()}\" skips a level after h{level}");
            level = next;
        }

        foreach (var link in page.QuerySelectorAll("a"))
        {
            if (string.IsNullOrEmpty(link.GetAttribute("href"))) problems.Add($"a link without href: {Short(link)}");
            if (AccessibleText(link).Length == 0) problems.Add($"a link without text: {Short(link)}");
        }
        foreach (var button in page.QuerySelectorAll("button"))
            if (AccessibleText(button).Length == 0) problems.Add($"a button without text: {Short(button)}");

        foreach (var field in page.QuerySelectorAll("input, select, textarea"))
        {
            if (field.GetAttribute("type") is "hidden" or "submit" or "button") continue;
            var id = field.Id;
            var labelled = (id is not null && page.QuerySelector($"label[for='{id}']") is not null)
                           || field.Closest("label") is not null
                           || !string.IsNullOrWhiteSpace(field.GetAttribute("aria-label"))
                           || !string.IsNullOrWhiteSpace(field.GetAttribute("aria-labelledby"));
            if (!labelled) problems.Add($"a form field without a label: {Short(field)}");
        }

        foreach (var image in page.QuerySelectorAll("img"))
            if (!image.HasAttribute("alt")) problems.Add($"an image without alt: {Short(image)}");

        foreach (var id in page.All.Select(e => e.Id).Where(id => !string.IsNullOrEmpty(id)).GroupBy(id => id).Where(g => g.Count() > 1))
            problems.Add($"the id \"{id.Key}\" is used {id.Count()} times");

        foreach (var table in page.QuerySelectorAll("table"))
            if (table.QuerySelector("th") is null) problems.Add($"a table without headers: {Short(table)}");
        return problems;
    }

    static string AccessibleText(IElement e) =>
        (e.TextContent + e.GetAttribute("aria-label") + string.Concat(e.QuerySelectorAll("img[alt]").Select(i => i.GetAttribute("alt")))).Trim();

    static string Short(IElement e) => e.OuterHtml.Length > 120 ? e.OuterHtml[..120] + "…" : e.OuterHtml;
}
