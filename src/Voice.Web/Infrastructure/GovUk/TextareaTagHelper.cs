using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Voice.Web.Infrastructure.GovUk;

/// <summary>A textarea; with max-length it becomes a GOV.UK character count.</summary>
[HtmlTargetElement("govuk-textarea", TagStructure = TagStructure.WithoutEndTag)]
public class TextareaTagHelper : GovUkFieldTagHelper
{
    public string Label { get; set; } = "";
    public int Rows { get; set; } = 5;
    public int? MaxLength { get; set; }
    public bool LabelIsPageHeading { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var textarea = Element("textarea", "govuk-textarea" + (MaxLength is null ? "" : " govuk-js-character-count") + (Error is null ? "" : " govuk-textarea--error"));
        textarea.MergeAttribute("id", Id);
        textarea.MergeAttribute("name", Name);
        textarea.MergeAttribute("rows", Rows.ToString(System.Globalization.CultureInfo.InvariantCulture));
        DescribedBy(textarea, MaxLength is null ? null : Id + "-info");
        textarea.InnerHtml.Append(Value ?? "");
        var group = FormGroup(MaxLength is null ? null : "govuk-character-count");
        group.InnerHtml.AppendHtml(LabelHtml(Id, Label, LabelIsPageHeading)).AppendHtml(HintHtml()).AppendHtml(ErrorHtml()).AppendHtml(textarea);
        if (MaxLength is { } max)
        {
            group.MergeAttribute("data-module", "govuk-character-count");
            group.MergeAttribute("data-maxlength", max.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var text = ViewContext?.HttpContext?.RequestServices?.GetService<Languages.PageText>();
            var info = Element("div", "govuk-hint govuk-character-count__message", text?["govuk.count.up-to", max] ?? $"You can enter up to {max} characters");
            if (text is not null && text.Language.Code != Voice.Data.Languages.Language.EnglishCode) CountMessages(group, text);
            info.MergeAttribute("id", Id + "-info");
            group.InnerHtml.AppendHtml(info);
        }
        Render(output, group);
    }

    /// <summary>
    /// The messages GOV.UK Frontend's character count writes as the reader types, in the page's
    /// language, with every plural form the language needs (data-i18n attributes, read by the component).
    /// </summary>
    static void CountMessages(Microsoft.AspNetCore.Mvc.Rendering.TagBuilder group, Languages.PageText text)
    {
        group.MergeAttribute("data-i18n.characters-at-limit", text["govuk.count.at-limit"]);
        foreach (var form in Voice.Data.Languages.PluralForms.Of(text.Language.Code))
        {
            group.MergeAttribute($"data-i18n.characters-under-limit.{form}", text[$"govuk.count.under.{form}"]);
            group.MergeAttribute($"data-i18n.characters-over-limit.{form}", text[$"govuk.count.over.{form}"]);
        }
    }
}
