using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Voice.Web.Infrastructure.GovUk;

/// <summary>A row of a summary list: a key, a value (text, line breaks kept, or the row's content) and an optional change link.</summary>
[HtmlTargetElement("govuk-summary-row", ParentTag = "govuk-summary-list")]
public class SummaryRowTagHelper : TagHelper
{
    public string Key { get; set; } = "";
    public string? Value { get; set; }
    public string? ChangeHref { get; set; }
    /// <summary>Words read after "Change" by screen readers, for example "your email address".</summary>
    public string? ChangeHidden { get; set; }
    /// <summary>The language the key is written in when it is not a catalog text (a questionnaire's question, perhaps its English fallback).</summary>
    public string? KeyLang { get; set; }
    /// <summary>The language the value is written in when it is not the page's (a questionnaire's choices).</summary>
    public string? ValueLang { get; set; }

    [HtmlAttributeNotBound, Microsoft.AspNetCore.Mvc.ViewFeatures.ViewContext] public Microsoft.AspNetCore.Mvc.Rendering.ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var http = ViewContext?.HttpContext;
        string Tr(string text) => Languages.PageText.For(http, text);
        var page = http?.RequestServices?.GetService<Languages.PageText>();
        var child = await output.GetChildContentAsync();
        output.TagName = "div";
        // Written self-closing in views; a div needs its end tag and content.
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-summary-list__row" + (ChangeHref is null ? " govuk-summary-list__row--no-actions" : ""));

        var key = new TagBuilder("dt");
        key.MergeAttribute("class", "govuk-summary-list__key");
        if (string.IsNullOrEmpty(KeyLang)) Languages.PageText.Fill(http, key, Key);
        else
        {
            key.InnerHtml.Append(Key);
            page?.Mark(key, KeyLang);
        }
        var value = new TagBuilder("dd");
        value.MergeAttribute("class", "govuk-summary-list__value");
        if (Value is null) value.InnerHtml.AppendHtml(child);
        else AppendLines(value.InnerHtml, Value);
        page?.Mark(value, ValueLang);
        output.Content.SetHtmlContent(key).AppendHtml(value);
        if (ChangeHref is null) return;

        var hidden = new TagBuilder("span");
        hidden.MergeAttribute("class", "govuk-visually-hidden");
        hidden.InnerHtml.Append(" " + Tr(ChangeHidden ?? Key.ToLowerInvariant()));
        var link = new TagBuilder("a");
        link.MergeAttribute("class", "govuk-link");
        link.MergeAttribute("href", ChangeHref);
        link.InnerHtml.Append(Tr("Change")).AppendHtml(hidden);
        var actions = new TagBuilder("dd");
        actions.MergeAttribute("class", "govuk-summary-list__actions");
        actions.InnerHtml.AppendHtml(link);
        output.Content.AppendHtml(actions);
    }

    /// <summary>The text, encoded, with a &lt;br&gt; for each new line.</summary>
    static void AppendLines(IHtmlContentBuilder into, string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) into.AppendHtml("<br>");
            into.Append(lines[i]);
        }
    }
}
