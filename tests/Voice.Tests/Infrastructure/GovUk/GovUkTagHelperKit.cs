using System.Text.Encodings.Web;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Voice.Tests.Infrastructure.GovUk;

/// <summary>Runs a GOV.UK tag helper outside a page and gives its markup, and compares markup by meaning.</summary>
public static class GovUkTagHelperKit
{
    public static ViewContext View(params (string Key, string? Attempted, string? Error)[] state)
    {
        var modelState = new ModelStateDictionary();
        foreach (var (key, attempted, error) in state)
        {
            if (attempted is not null) modelState.SetModelValue(key, attempted, attempted);
            if (error is not null) modelState.AddModelError(key, error);
        }
        return new ViewContext { HttpContext = new DefaultHttpContext(), ViewData = new ViewDataDictionary(new EmptyModelMetadataProvider(), modelState) };
    }

    public static ModelExpression For<T>(string name, T? value) =>
        new(name, new EmptyModelMetadataProvider().GetModelExplorerForType(typeof(T), value));

    public static string Render(TagHelper helper, string tag = "govuk-x", string childHtml = "", TagHelperAttributeList? attributes = null)
    {
        var attrs = attributes ?? [];
        var context = new TagHelperContext(tag, new TagHelperAttributeList(attrs), new Dictionary<object, object>(), "id");
        var output = new TagHelperOutput(tag, attrs, (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent().SetHtmlContent(childHtml)));
        helper.Init(context);
        helper.ProcessAsync(context, output).GetAwaiter().GetResult();
        using var writer = new StringWriter();
        output.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }

    /// <summary>The markup as a browser reads it: elements, attributes in name order, text; so two spellings of one DOM compare equal.</summary>
    public static string Canonical(string html)
    {
        var body = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>").Body!;
        var sb = new System.Text.StringBuilder();
        void Walk(AngleSharp.Dom.INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is AngleSharp.Dom.IElement e)
                {
                    sb.Append('<').Append(e.LocalName);
                    foreach (var a in e.Attributes.OrderBy(a => a.Name, StringComparer.Ordinal)) sb.Append(' ').Append(a.Name).Append("=[").Append(a.Value).Append(']');
                    sb.Append('>');
                    Walk(e);
                    sb.Append("</").Append(e.LocalName).Append('>');
                }
                else if (child is AngleSharp.Dom.IText t) sb.Append('{').Append(t.Data.Replace("\n", "\\n")).Append('}');
            }
        }
        Walk(body);
        return sb.ToString();
    }
}
