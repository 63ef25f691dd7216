using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Voice.Web.Infrastructure.GovUk;

/// <summary>
/// Shared by the form field tag helpers: names, ids, values and errors from model state, and the
/// parts every GOV.UK field has (form group, label or legend, hint, error message). All markup is
/// built with <see cref="TagBuilder"/>, which encodes every attribute value and every text.
/// </summary>
public abstract class GovUkFieldTagHelper : TagHelper
{
    [HtmlAttributeNotBound, ViewContext] public ViewContext ViewContext { get; set; } = null!;
    [HtmlAttributeName("for")] public ModelExpression For { get; set; } = null!;
    public string? Hint { get; set; }

    /// <summary>
    /// An element holding a text given to this component (label, legend, hint, choice, error) in the
    /// reader's language, matched by its English in the translations (English on staff pages), and
    /// marked <c>lang="en"</c> when it falls back to English on a translated page.
    /// </summary>
    protected TagBuilder Translated(string tag, string css, string text, bool sourceIsEnglish = false) =>
        Languages.PageText.Fill(ViewContext?.HttpContext, Element(tag, css), text, sourceIsEnglish);

    protected string Name => For.Name;
    protected string Id => TagBuilder.CreateSanitizedId(For.Name, "_");

    protected string? Error =>
        ViewContext.ViewData.ModelState.TryGetValue(Name, out var entry) && entry.Errors.Count > 0
            ? entry.Errors[0].ErrorMessage : null;

    /// <summary>The submitted value when the page is shown again after an error, else the model's.</summary>
    protected string? Value =>
        ViewContext.ViewData.ModelState.TryGetValue(Name, out var entry) && entry.RawValue is not null
            ? entry.AttemptedValue
            : For.Model?.ToString();

    /// <summary>Sets aria-describedby to the hint, the error and any <paramref name="extra"/> ids there are.</summary>
    protected void DescribedBy(TagBuilder element, params string?[] extra)
    {
        var ids = new List<string>();
        if (Hint is not null) ids.Add(Id + "-hint");
        if (Error is not null) ids.Add(Id + "-error");
        ids.AddRange(extra.Where(e => e is not null)!);
        if (ids.Count > 0) element.MergeAttribute("aria-describedby", string.Join(' ', ids));
    }

    protected static TagBuilder Element(string tag, string? css = null, string? text = null)
    {
        var element = new TagBuilder(tag);
        if (css is not null) element.MergeAttribute("class", css);
        if (text is not null) element.InnerHtml.Append(text);
        return element;
    }

    /// <summary>An input or other element without an end tag.</summary>
    protected static TagBuilder Void(string tag)
    {
        var element = new TagBuilder(tag) { TagRenderMode = TagRenderMode.StartTag };
        return element;
    }

    protected IHtmlContent HintHtml()
    {
        if (Hint is null) return HtmlString.Empty;
        var hint = Translated("div", "govuk-hint", Hint);
        hint.MergeAttribute("id", Id + "-hint");
        return hint;
    }

    protected IHtmlContent ErrorHtml()
    {
        if (Error is null) return HtmlString.Empty;
        var error = Element("p", "govuk-error-message");
        error.MergeAttribute("id", Id + "-error");
        error.InnerHtml.AppendHtml(Translated("span", "govuk-visually-hidden", "Error:")).Append(" ");
        // The page's rules write messages in English: one without a translation is marked English.
        var message = Languages.PageText.Fill(ViewContext?.HttpContext, new TagBuilder("span"), Error, sourceIsEnglish: true);
        error.InnerHtml.AppendHtml(message.Attributes.ContainsKey("lang") ? message : message.InnerHtml);
        return error;
    }

    protected TagBuilder FormGroup(string? extraClass = null) =>
        Element("div", "govuk-form-group" + (Error is null ? "" : " govuk-form-group--error") + (extraClass is null ? "" : " " + extraClass));

    protected IHtmlContent LabelHtml(string id, string text, bool isPageHeading, string? extraClass = null)
    {
        var label = Translated("label", "govuk-label" + (isPageHeading ? " govuk-label--l" : "") + (extraClass is null ? "" : " " + extraClass), text);
        label.MergeAttribute("for", id);
        if (!isPageHeading) return label;
        var heading = Element("h1", "govuk-label-wrapper");
        heading.InnerHtml.AppendHtml(label);
        return heading;
    }

    protected IHtmlContent LegendHtml(string text, bool isPageHeading)
    {
        if (!isPageHeading) return Translated("legend", "govuk-fieldset__legend govuk-fieldset__legend--m", text);
        var legend = Element("legend", "govuk-fieldset__legend govuk-fieldset__legend--l");
        legend.InnerHtml.AppendHtml(Translated("h1", "govuk-fieldset__heading", text));
        return legend;
    }

    /// <summary>A form group holding a fieldset with its legend, hint and error, then <paramref name="items"/>.</summary>
    protected TagBuilder FieldsetGroup(string legend, bool legendIsPageHeading, IHtmlContent items, string? role = null)
    {
        var fieldset = Element("fieldset", "govuk-fieldset");
        if (role is not null) fieldset.MergeAttribute("role", role);
        DescribedBy(fieldset);
        fieldset.InnerHtml.AppendHtml(LegendHtml(legend, legendIsPageHeading)).AppendHtml(HintHtml()).AppendHtml(ErrorHtml()).AppendHtml(items);
        var group = FormGroup();
        group.InnerHtml.AppendHtml(fieldset);
        return group;
    }

    /// <summary>One radio or checkbox with its label and hint; the first carries the field's id so the error summary link lands on it.</summary>
    protected TagBuilder ChoiceItem(string kind, Choice choice, int index, bool isChecked)
    {
        var id = index == 0 ? Id : $"{Id}-{index + 1}";
        var input = Void("input");
        input.MergeAttribute("class", $"govuk-{kind}__input");
        input.MergeAttribute("id", id);
        input.MergeAttribute("name", Name);
        input.MergeAttribute("type", kind == "radios" ? "radio" : "checkbox");
        input.MergeAttribute("value", choice.Value);
        if (isChecked) input.MergeAttribute("checked", "");
        if (choice.Hint is not null) input.MergeAttribute("aria-describedby", id + "-item-hint");
        var label = Translated("label", $"govuk-label govuk-{kind}__label", choice.Text);
        label.MergeAttribute("for", id);
        var item = Element("div", $"govuk-{kind}__item");
        item.InnerHtml.AppendHtml(input).AppendHtml(label);
        if (choice.Hint is not null)
        {
            var hint = Translated("div", $"govuk-hint govuk-{kind}__hint", choice.Hint);
            hint.MergeAttribute("id", id + "-item-hint");
            item.InnerHtml.AppendHtml(hint);
        }
        return item;
    }

    protected static void Render(TagHelperOutput output, IHtmlContent html)
    {
        output.TagName = null;
        output.Content.SetHtmlContent(html);
    }
}
