using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Voice.Web.Infrastructure;

/// <summary>
/// Notes that the page being rendered uses htmx (some element asks for an hx-get, hx-post, ...
/// request), so the layout loads htmx on that page only, deferred. Pages without such an
/// element do not download it. It changes nothing in the element.
/// </summary>
[HtmlTargetElement(Attributes = "hx-get")]
[HtmlTargetElement(Attributes = "hx-post")]
[HtmlTargetElement(Attributes = "hx-put")]
[HtmlTargetElement(Attributes = "hx-patch")]
[HtmlTargetElement(Attributes = "hx-delete")]
[HtmlTargetElement(Attributes = "hx-boost")]
public class HtmxUseTagHelper : TagHelper
{
    const string Key = "voice-uses-htmx";

    [HtmlAttributeNotBound, ViewContext] public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output) => ViewContext.HttpContext.Items[Key] = true;

    /// <summary>Whether anything rendered so far in this request uses htmx (the layout asks after the page body).</summary>
    public static bool Used(HttpContext context) => context.Items.ContainsKey(Key);
}
