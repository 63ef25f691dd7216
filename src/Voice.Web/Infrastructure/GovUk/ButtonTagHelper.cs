using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Voice.Web.Infrastructure.GovUk;

/// <summary>A GOV.UK button; secondary and warning styles, and formaction for a second handler.</summary>
[HtmlTargetElement("govuk-button")]
public class ButtonTagHelper : TagHelper
{
    public bool Secondary { get; set; }
    public bool Warning { get; set; }
    public string? FormAction { get; set; }
    public string? Name { get; set; }
    public string? Value { get; set; }

    [HtmlAttributeNotBound, Microsoft.AspNetCore.Mvc.ViewFeatures.ViewContext] public Microsoft.AspNetCore.Mvc.Rendering.ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        // A plain-text label is shown in the reader's language when it is translated.
        var content = (await output.GetChildContentAsync()).GetContent();
        if (!content.Contains('<'))
        {
            var text = System.Net.WebUtility.HtmlDecode(content).Trim();
            if (ViewContext?.HttpContext?.RequestServices?.GetService<Languages.PageText>() is { } page)
            {
                var shown = page.Lookup(text);
                if (shown.Text != text) output.Content.SetContent(shown.Text);
                if (page.LangOf(shown.Language) is { } lang) output.Attributes.SetAttribute("lang", lang);
                if (page.DirOf(shown.Language) is { } dir) output.Attributes.SetAttribute("dir", dir);
            }
        }
        output.TagName = "button";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("type", "submit");
        output.Attributes.SetAttribute("class", "govuk-button" + (Secondary ? " govuk-button--secondary" : "") + (Warning ? " govuk-button--warning" : ""));
        output.Attributes.SetAttribute("data-module", "govuk-button");
        output.Attributes.SetAttribute("data-prevent-double-click", "true");
        if (FormAction is not null) output.Attributes.SetAttribute("formaction", FormAction);
        if (Name is not null) output.Attributes.SetAttribute("name", Name);
        if (Value is not null) output.Attributes.SetAttribute("value", Value);
    }
}
