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

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
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
