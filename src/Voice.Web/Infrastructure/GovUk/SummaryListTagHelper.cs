using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Voice.Web.Infrastructure.GovUk;

/// <summary>A summary list; rows are &lt;govuk-summary-row key="..." value="..." change-href="..." change-hidden="..."&gt;.</summary>
[HtmlTargetElement("govuk-summary-list")]
public class SummaryListTagHelper : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "dl";
        output.Attributes.SetAttribute("class", "govuk-summary-list");
    }
}
