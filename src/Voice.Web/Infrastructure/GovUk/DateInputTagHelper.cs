using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Voice.Web.Infrastructure.GovUk;

/// <summary>A date as three inputs, bound to <see cref="DateParts"/>.</summary>
[HtmlTargetElement("govuk-date-input", TagStructure = TagStructure.WithoutEndTag)]
public class DateInputTagHelper : GovUkFieldTagHelper
{
    public string Legend { get; set; } = "";
    public bool LegendIsPageHeading { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var model = For.Model as DateParts;
        var date = Element("div", "govuk-date-input");
        date.MergeAttribute("id", Id + "-group");
        date.InnerHtml.AppendHtml(Part("Day", 2, model?.Day, true)).AppendHtml(Part("Month", 2, model?.Month, false)).AppendHtml(Part("Year", 4, model?.Year, false));
        Render(output, FieldsetGroup(Legend, LegendIsPageHeading, date, role: "group"));
    }

    TagBuilder Part(string part, int width, string? value, bool first)
    {
        var name = $"{Name}.{part}";
        var id = first ? Id : $"{Id}-{part.ToLowerInvariant()}";
        var attempted = ViewContext.ViewData.ModelState.TryGetValue(name, out var e) && e.RawValue is not null ? e.AttemptedValue : value;
        var label = Translated("label", "govuk-label govuk-date-input__label", part);
        label.MergeAttribute("for", id);
        var input = Void("input");
        input.MergeAttribute("class", $"govuk-input govuk-date-input__input govuk-input--width-{width}" + (Error is null ? "" : " govuk-input--error"));
        input.MergeAttribute("id", id);
        input.MergeAttribute("name", name);
        input.MergeAttribute("type", "text");
        if (part != "Month") input.MergeAttribute("inputmode", "numeric");
        input.MergeAttribute("value", attempted ?? "");
        var group = Element("div", "govuk-form-group");
        group.InnerHtml.AppendHtml(label).AppendHtml(input);
        var item = Element("div", "govuk-date-input__item");
        item.InnerHtml.AppendHtml(group);
        return item;
    }
}
