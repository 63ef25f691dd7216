using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Voice.Web.Infrastructure.GovUk;

/// <summary>An option in a radios or checkboxes list.</summary>
public record Choice(string Value, string Text, string? Hint = null);

/// <summary>Shared by the form field tag helpers: names, ids, values and errors from model state.</summary>
public abstract class GovUkFieldTagHelper : TagHelper
{
    [HtmlAttributeNotBound, ViewContext] public ViewContext ViewContext { get; set; } = null!;
    [HtmlAttributeName("for")] public ModelExpression For { get; set; } = null!;
    public string? Hint { get; set; }

    protected string Name => For.Name;
    protected string Id => TagBuilder.CreateSanitizedId(For.Name, "_");
    protected static HtmlEncoder Enc => HtmlEncoder.Default;

    protected string? Error =>
        ViewContext.ViewData.ModelState.TryGetValue(Name, out var entry) && entry.Errors.Count > 0
            ? entry.Errors[0].ErrorMessage : null;

    /// <summary>The submitted value when the page is shown again after an error, else the model's.</summary>
    protected string? Value =>
        ViewContext.ViewData.ModelState.TryGetValue(Name, out var entry) && entry.RawValue is not null
            ? entry.AttemptedValue
            : For.Model?.ToString();

    protected string DescribedBy(params string?[] extra)
    {
        var ids = new List<string>();
        if (Hint is not null) ids.Add(Id + "-hint");
        if (Error is not null) ids.Add(Id + "-error");
        ids.AddRange(extra.Where(e => e is not null)!);
        return ids.Count == 0 ? "" : $" aria-describedby=\"{string.Join(' ', ids)}\"";
    }

    protected string HintHtml => Hint is null ? "" : $"<div id=\"{Id}-hint\" class=\"govuk-hint\">{Enc.Encode(Hint)}</div>";

    protected string ErrorHtml => Error is null ? "" :
        $"<p id=\"{Id}-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> {Enc.Encode(Error)}</p>";

    protected string GroupClass => "govuk-form-group" + (Error is null ? "" : " govuk-form-group--error");

    protected static string LabelHtml(string id, string text, bool isPageHeading, string? extraClass = null)
    {
        var label = $"<label class=\"govuk-label{(isPageHeading ? " govuk-label--l" : "")}{(extraClass is null ? "" : " " + extraClass)}\" for=\"{id}\">{Enc.Encode(text)}</label>";
        return isPageHeading ? $"<h1 class=\"govuk-label-wrapper\">{label}</h1>" : label;
    }

    protected static string LegendHtml(string text, bool isPageHeading) =>
        isPageHeading
            ? $"<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--l\"><h1 class=\"govuk-fieldset__heading\">{Enc.Encode(text)}</h1></legend>"
            : $"<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--m\">{Enc.Encode(text)}</legend>";

    protected static void Render(TagHelperOutput output, string html)
    {
        output.TagName = null;
        output.Content.SetHtmlContent(html);
    }
}

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
        var css = "govuk-input" + (Width is { } w ? $" govuk-input--width-{w}" : "") + (Error is null ? "" : " govuk-input--error");
        var attrs = (Autocomplete is null ? "" : $" autocomplete=\"{Autocomplete}\"")
                    + (InputMode is null ? "" : $" inputmode=\"{InputMode}\"")
                    + (Spellcheck ? "" : " spellcheck=\"false\"");
        Render(output, $"<div class=\"{GroupClass}\">{LabelHtml(Id, Label, LabelIsPageHeading)}{HintHtml}{ErrorHtml}" +
                       $"<input class=\"{css}\" id=\"{Id}\" name=\"{Name}\" type=\"{Type}\" value=\"{Enc.Encode(Value ?? "")}\"{attrs}{DescribedBy()}></div>");
    }
}

/// <summary>A textarea; with max-length it becomes a GOV.UK character count.</summary>
[HtmlTargetElement("govuk-textarea", TagStructure = TagStructure.WithoutEndTag)]
public class TextareaTagHelper : GovUkFieldTagHelper
{
    public string Label { get; set; } = "";
    public int Rows { get; set; } = 5;
    public int? MaxLength { get; set; }
    public bool LabelIsPageHeading { get; set; }
    /// <summary>Extra attributes for the textarea (for example htmx autosave), written as given.</summary>
    public string? ExtraAttributes { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var css = "govuk-textarea" + (MaxLength is null ? "" : " govuk-js-character-count") + (Error is null ? "" : " govuk-textarea--error");
        var info = MaxLength is { } max
            ? $"<div id=\"{Id}-info\" class=\"govuk-hint govuk-character-count__message\">You can enter up to {max} characters</div>"
            : "";
        var textarea = $"<textarea class=\"{css}\" id=\"{Id}\" name=\"{Name}\" rows=\"{Rows}\"{DescribedBy(MaxLength is null ? null : Id + "-info")}{(ExtraAttributes is null ? "" : " " + ExtraAttributes)}>{Enc.Encode(Value ?? "")}</textarea>";
        var group = $"<div class=\"{GroupClass}{(MaxLength is null ? "" : " govuk-character-count")}\"" +
                    (MaxLength is null ? "" : $" data-module=\"govuk-character-count\" data-maxlength=\"{MaxLength}\"") + ">";
        Render(output, group + LabelHtml(Id, Label, LabelIsPageHeading) + HintHtml + ErrorHtml + textarea + info + "</div>");
    }
}

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
        var items = Items.Select((c, i) =>
        {
            var id = i == 0 ? Id : $"{Id}-{i + 1}";
            var hint = c.Hint is null ? "" : $"<div id=\"{id}-item-hint\" class=\"govuk-hint govuk-radios__hint\">{Enc.Encode(c.Hint)}</div>";
            var checkedAttr = string.Equals(Value, c.Value, StringComparison.Ordinal) ? " checked" : "";
            return $"<div class=\"govuk-radios__item\"><input class=\"govuk-radios__input\" id=\"{id}\" name=\"{Name}\" type=\"radio\" value=\"{Enc.Encode(c.Value)}\"{checkedAttr}{(c.Hint is null ? "" : $" aria-describedby=\"{id}-item-hint\"")}>" +
                   $"<label class=\"govuk-label govuk-radios__label\" for=\"{id}\">{Enc.Encode(c.Text)}</label>{hint}</div>";
        });
        var css = "govuk-radios" + (Inline ? " govuk-radios--inline" : "") + (Small ? " govuk-radios--small" : "");
        Render(output, $"<div class=\"{GroupClass}\"><fieldset class=\"govuk-fieldset\"{DescribedBy()}>{LegendHtml(Legend, LegendIsPageHeading)}{HintHtml}{ErrorHtml}" +
                       $"<div class=\"{css}\" data-module=\"govuk-radios\">{string.Concat(items)}</div></fieldset></div>");
    }
}

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
        var items = Items.Select((c, i) =>
        {
            var id = i == 0 ? Id : $"{Id}-{i + 1}";
            var hint = c.Hint is null ? "" : $"<div id=\"{id}-item-hint\" class=\"govuk-hint govuk-checkboxes__hint\">{Enc.Encode(c.Hint)}</div>";
            var checkedAttr = selected.Contains(c.Value) ? " checked" : "";
            return $"<div class=\"govuk-checkboxes__item\"><input class=\"govuk-checkboxes__input\" id=\"{id}\" name=\"{Name}\" type=\"checkbox\" value=\"{Enc.Encode(c.Value)}\"{checkedAttr}{(c.Hint is null ? "" : $" aria-describedby=\"{id}-item-hint\"")}>" +
                   $"<label class=\"govuk-label govuk-checkboxes__label\" for=\"{id}\">{Enc.Encode(c.Text)}</label>{hint}</div>";
        });
        var css = "govuk-checkboxes" + (Small ? " govuk-checkboxes--small" : "");
        Render(output, $"<div class=\"{GroupClass}\"><fieldset class=\"govuk-fieldset\"{DescribedBy()}>{LegendHtml(Legend, LegendIsPageHeading)}{HintHtml}{ErrorHtml}" +
                       $"<div class=\"{css}\" data-module=\"govuk-checkboxes\">{string.Concat(items)}</div></fieldset></div>");
    }
}

/// <summary>A date as three inputs, bound to <see cref="DateParts"/>.</summary>
[HtmlTargetElement("govuk-date-input", TagStructure = TagStructure.WithoutEndTag)]
public class DateInputTagHelper : GovUkFieldTagHelper
{
    public string Legend { get; set; } = "";
    public bool LegendIsPageHeading { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var model = For.Model as DateParts;
        string Part(string part, string label, int width, string? value, bool first)
        {
            var name = $"{Name}.{part}";
            var id = first ? Id : $"{Id}-{part.ToLowerInvariant()}";
            var attempted = ViewContext.ViewData.ModelState.TryGetValue(name, out var e) && e.RawValue is not null ? e.AttemptedValue : value;
            return $"<div class=\"govuk-date-input__item\"><div class=\"govuk-form-group\"><label class=\"govuk-label govuk-date-input__label\" for=\"{id}\">{label}</label>" +
                   $"<input class=\"govuk-input govuk-date-input__input govuk-input--width-{width}{(Error is null ? "" : " govuk-input--error")}\" id=\"{id}\" name=\"{name}\" type=\"text\"{(part == "Month" ? "" : " inputmode=\"numeric\"")} value=\"{Enc.Encode(attempted ?? "")}\"></div></div>";
        }
        Render(output, $"<div class=\"{GroupClass}\"><fieldset class=\"govuk-fieldset\" role=\"group\"{DescribedBy()}>{LegendHtml(Legend, LegendIsPageHeading)}{HintHtml}{ErrorHtml}" +
                       $"<div class=\"govuk-date-input\" id=\"{Id}-group\">{Part("Day", "Day", 2, model?.Day, true)}{Part("Month", "Month", 2, model?.Month, false)}{Part("Year", "Year", 4, model?.Year, false)}</div></fieldset></div>");
    }
}

/// <summary>The GOV.UK error summary, filled from model state. Field errors link to the field's id.</summary>
[HtmlTargetElement("govuk-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public class ErrorSummaryTagHelper : TagHelper
{
    [HtmlAttributeNotBound, ViewContext] public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        var errors = ViewContext.ViewData.ModelState
            .Where(kv => kv.Value is { ValidationState: ModelValidationState.Invalid })
            .SelectMany(kv => kv.Value!.Errors.Take(1).Select(e => (Key: kv.Key, e.ErrorMessage)))
            .Where(e => !string.IsNullOrEmpty(e.ErrorMessage))
            .ToList();
        // In the order the page found them (its rules follow the form), not model state's own order.
        if (ViewContext.HttpContext.Items[Validation.PageValidation.ErrorOrderKey] is List<string> order)
            errors = errors.OrderBy(e => order.IndexOf(e.Key) is var i and >= 0 ? i : int.MaxValue).ToList();
        if (errors.Count == 0) { output.SuppressOutput(); return; }
        var enc = HtmlEncoder.Default;
        var items = errors.Select(e =>
        {
            // Keys like "Date.Day" belong to the date field "Date".
            var key = e.Key.EndsWith(".Day") || e.Key.EndsWith(".Month") || e.Key.EndsWith(".Year") ? e.Key[..e.Key.LastIndexOf('.')] : e.Key;
            return string.IsNullOrEmpty(key)
                ? $"<li>{enc.Encode(e.ErrorMessage)}</li>"
                : $"<li><a href=\"#{TagBuilder.CreateSanitizedId(key, "_")}\">{enc.Encode(e.ErrorMessage)}</a></li>";
        });
        output.Content.SetHtmlContent(
            "<div class=\"govuk-error-summary\" data-module=\"govuk-error-summary\"><div role=\"alert\">" +
            "<h2 class=\"govuk-error-summary__title\">There is a problem</h2><div class=\"govuk-error-summary__body\">" +
            $"<ul class=\"govuk-list govuk-error-summary__list\">{string.Concat(items.Distinct())}</ul></div></div></div>");
    }
}

/// <summary>A notification banner; success="true" for the green confirmation style.</summary>
[HtmlTargetElement("govuk-notification-banner")]
public class NotificationBannerTagHelper : TagHelper
{
    public string Title { get; set; } = "Important";
    public bool Success { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var body = (await output.GetChildContentAsync()).GetContent();
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-notification-banner" + (Success ? " govuk-notification-banner--success" : ""));
        output.Attributes.SetAttribute("role", Success ? "alert" : "region");
        output.Attributes.SetAttribute("aria-labelledby", "govuk-notification-banner-title");
        output.Attributes.SetAttribute("data-module", "govuk-notification-banner");
        output.Content.SetHtmlContent(
            $"<div class=\"govuk-notification-banner__header\"><h2 class=\"govuk-notification-banner__title\" id=\"govuk-notification-banner-title\">{HtmlEncoder.Default.Encode(Title)}</h2></div>" +
            $"<div class=\"govuk-notification-banner__content\">{body}</div>");
    }
}

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

[HtmlTargetElement("govuk-summary-row", ParentTag = "govuk-summary-list")]
public class SummaryRowTagHelper : TagHelper
{
    public string Key { get; set; } = "";
    public string? Value { get; set; }
    public string? ChangeHref { get; set; }
    /// <summary>Words read after "Change" by screen readers, for example "your email address".</summary>
    public string? ChangeHidden { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var enc = HtmlEncoder.Default;
        var child = (await output.GetChildContentAsync()).GetContent();
        var value = Value is not null ? enc.Encode(Value).Replace("\n", "<br>") : child;
        output.TagName = "div";
        // Written self-closing in views; a div needs its end tag and content.
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-summary-list__row" + (ChangeHref is null ? " govuk-summary-list__row--no-actions" : ""));
        var actions = ChangeHref is null ? "" :
            $"<dd class=\"govuk-summary-list__actions\"><a class=\"govuk-link\" href=\"{enc.Encode(ChangeHref)}\">Change<span class=\"govuk-visually-hidden\"> {enc.Encode(ChangeHidden ?? Key.ToLowerInvariant())}</span></a></dd>";
        output.Content.SetHtmlContent($"<dt class=\"govuk-summary-list__key\">{enc.Encode(Key)}</dt><dd class=\"govuk-summary-list__value\">{value}</dd>{actions}");
    }
}

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

/// <summary>The three boxes of a GOV.UK date input. Parsing and its error messages live here too.</summary>
public class DateParts
{
    public string? Day { get; set; }
    public string? Month { get; set; }
    public string? Year { get; set; }

    public static DateParts From(DateOnly? date) =>
        date is { } d ? new DateParts { Day = d.Day.ToString(), Month = d.Month.ToString(), Year = d.Year.ToString() } : new DateParts();

    public bool IsEmpty => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    /// <summary>
    /// The date, or the GOV.UK message saying what is wrong ("Date of birth must include a month",
    /// "Date of birth must be a real date"). <paramref name="what"/> is how the question names the date.
    /// Months may be names ("Nov"): the rule is <see cref="Voice.Data.Text.DateInput"/>.
    /// </summary>
    public (DateOnly? Date, string? Error) Parse(string what) => Voice.Data.Text.DateInput.Parse(Day, Month, Year, what);
}
