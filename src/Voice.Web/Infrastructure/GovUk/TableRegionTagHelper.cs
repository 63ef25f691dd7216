using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Voice.Web.Infrastructure.GovUk;

/// <summary>
/// The one way a wide table fits a phone: <c>&lt;govuk-table-region label="Complaints"&gt;</c> around a
/// <c>govuk-table</c> makes a labelled region that scrolls sideways on its own, so the page never
/// gets wider than the screen (WCAG 1.4.10), and that takes keyboard focus, so it can be scrolled
/// without a mouse. Stacked rows were the alternative; staff compare rows down a column, which a
/// stacked layout loses, so the table keeps its shape.
/// </summary>
[HtmlTargetElement("govuk-table-region")]
public class TableRegionTagHelper : TagHelper
{
    /// <summary>What the table lists, read out when the region gets focus ("Complaints").</summary>
    public string Label { get; set; } = "";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (string.IsNullOrWhiteSpace(Label)) throw new InvalidOperationException("govuk-table-region needs a label");
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "voice-table-region");
        output.Attributes.SetAttribute("role", "region");
        output.Attributes.SetAttribute("aria-label", Label);
        output.Attributes.SetAttribute("tabindex", "0");
    }
}
