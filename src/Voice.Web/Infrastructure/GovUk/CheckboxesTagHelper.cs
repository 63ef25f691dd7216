using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Voice.Web.Infrastructure.GovUk;

/// <summary>Checkboxes bound to a string array or list.</summary>
[HtmlTargetElement("govuk-checkboxes", TagStructure = TagStructure.WithoutEndTag)]
public class CheckboxesTagHelper : GovUkFieldTagHelper
{
    public string Legend { get; set; } = "";
    public IEnumerable<Choice> Items { get; set; } = [];
    public bool LegendIsPageHeading { get; set; }
    public bool Small { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var selected = ViewContext.ViewData.ModelState.TryGetValue(Name, out var entry) && entry.RawValue is not null
            ? (entry.RawValue as string[] ?? [entry.AttemptedValue ?? ""])
            : (For.Model as IEnumerable<string>)?.ToArray() ?? [];
        var checkboxes = Element("div", "govuk-checkboxes" + (Small ? " govuk-checkboxes--small" : ""));
        checkboxes.MergeAttribute("data-module", "govuk-checkboxes");
        foreach (var (choice, i) in Items.Select((c, i) => (c, i)))
            checkboxes.InnerHtml.AppendHtml(ChoiceItem("checkboxes", choice, i, selected.Contains(choice.Value)));
        Render(output, FieldsetGroup(Legend, LegendIsPageHeading, checkboxes));
    }
}
