using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Voice.Web.Infrastructure.GovUk;

/// <summary>Radios in a fieldset; the first radio carries the field id so the error summary link lands on it.</summary>
[HtmlTargetElement("govuk-radios", TagStructure = TagStructure.WithoutEndTag)]
public class RadiosTagHelper : GovUkFieldTagHelper
{
    public string Legend { get; set; } = "";
    public IEnumerable<Choice> Items { get; set; } = [];
    public bool LegendIsPageHeading { get; set; }
    public bool Inline { get; set; }
    public bool Small { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var radios = Element("div", "govuk-radios" + (Inline ? " govuk-radios--inline" : "") + (Small ? " govuk-radios--small" : ""));
        radios.MergeAttribute("data-module", "govuk-radios");
        var value = Value;
        foreach (var (choice, i) in Items.Select((c, i) => (c, i)))
            radios.InnerHtml.AppendHtml(ChoiceItem("radios", choice, i, string.Equals(value, choice.Value, StringComparison.Ordinal)));
        Render(output, FieldsetGroup(Legend, LegendIsPageHeading, radios));
    }
}
