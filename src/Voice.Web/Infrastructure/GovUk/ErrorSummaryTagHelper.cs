using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Voice.Web.Infrastructure.GovUk;

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

        var list = new TagBuilder("ul");
        list.MergeAttribute("class", "govuk-list govuk-error-summary__list");
        // One line per field and message: a message repeated for one field is shown once.
        foreach (var (key, message) in errors.Select(e => (Key: FieldOf(e.Key), Message: Languages.PageText.For(ViewContext?.HttpContext, e.ErrorMessage))).Distinct())
        {
            var item = new TagBuilder("li");
            if (string.IsNullOrEmpty(key)) item.InnerHtml.Append(message);
            else
            {
                var link = new TagBuilder("a");
                link.MergeAttribute("href", "#" + TagBuilder.CreateSanitizedId(key, "_"));
                link.InnerHtml.Append(message);
                item.InnerHtml.AppendHtml(link);
            }
            list.InnerHtml.AppendHtml(item);
        }
        var title = new TagBuilder("h2");
        title.MergeAttribute("class", "govuk-error-summary__title");
        title.InnerHtml.Append(Languages.PageText.For(ViewContext?.HttpContext, "There is a problem"));
        var body = new TagBuilder("div");
        body.MergeAttribute("class", "govuk-error-summary__body");
        body.InnerHtml.AppendHtml(list);
        var alert = new TagBuilder("div");
        alert.MergeAttribute("role", "alert");
        alert.InnerHtml.AppendHtml(title).AppendHtml(body);
        var summary = new TagBuilder("div");
        summary.MergeAttribute("class", "govuk-error-summary");
        summary.MergeAttribute("data-module", "govuk-error-summary");
        summary.InnerHtml.AppendHtml(alert);
        output.Content.SetHtmlContent(summary);
    }

    /// <summary>Keys like "Date.Day" belong to the date field "Date".</summary>
    static string FieldOf(string key) =>
        key.EndsWith(".Day") || key.EndsWith(".Month") || key.EndsWith(".Year") ? key[..key.LastIndexOf('.')] : key;
}
