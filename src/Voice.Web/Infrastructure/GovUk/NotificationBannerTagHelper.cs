using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Voice.Web.Infrastructure.GovUk;

/// <summary>A notification banner; success="true" for the green confirmation style.</summary>
[HtmlTargetElement("govuk-notification-banner")]
public class NotificationBannerTagHelper : TagHelper
{
    public string Title { get; set; } = "Important";
    public bool Success { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var body = await output.GetChildContentAsync();
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-notification-banner" + (Success ? " govuk-notification-banner--success" : ""));
        output.Attributes.SetAttribute("role", Success ? "alert" : "region");
        output.Attributes.SetAttribute("aria-labelledby", "govuk-notification-banner-title");
        output.Attributes.SetAttribute("data-module", "govuk-notification-banner");

        var title = new TagBuilder("h2");
        title.MergeAttribute("class", "govuk-notification-banner__title");
        title.MergeAttribute("id", "govuk-notification-banner-title");
        title.InnerHtml.Append(Title);
        var header = new TagBuilder("div");
        header.MergeAttribute("class", "govuk-notification-banner__header");
        header.InnerHtml.AppendHtml(title);
        var content = new TagBuilder("div");
        content.MergeAttribute("class", "govuk-notification-banner__content");
        content.InnerHtml.AppendHtml(body);
        output.Content.SetHtmlContent(header).AppendHtml(content);
    }
}
