using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Voice.Web.Infrastructure.GovUk;

/// <summary>&lt;govuk-input for="Email" label="Email address" type="email" autocomplete="email" /&gt;</summary>
[HtmlTargetElement("govuk-input", TagStructure = TagStructure.WithoutEndTag)]
public class InputTagHelper : GovUkFieldTagHelper
{
    public string Label { get; set; } = "";
    public string Type { get; set; } = "text";
    public string? Autocomplete { get; set; }
    public string? InputMode { get; set; }
    public bool Spellcheck { get; set; } = true;
    /// <summary>GOV.UK fixed width: 2, 3, 4, 5, 10, 20 or 30 characters.</summary>
    public int? Width { get; set; }
    public bool LabelIsPageHeading { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var input = Void("input");
        input.MergeAttribute("class", "govuk-input" + (Width is { } w ? $" govuk-input--width-{w}" : "") + (Error is null ? "" : " govuk-input--error"));
        input.MergeAttribute("id", Id);
        input.MergeAttribute("name", Name);
        input.MergeAttribute("type", Type);
        input.MergeAttribute("value", Value ?? "");
        if (Autocomplete is not null) input.MergeAttribute("autocomplete", Autocomplete);
        if (InputMode is not null) input.MergeAttribute("inputmode", InputMode);
        if (!Spellcheck) input.MergeAttribute("spellcheck", "false");
        DescribedBy(input);
        var group = FormGroup();
        group.InnerHtml.AppendHtml(LabelHtml(Id, Label, LabelIsPageHeading)).AppendHtml(HintHtml()).AppendHtml(ErrorHtml()).AppendHtml(input);
        Render(output, group);
    }
}
