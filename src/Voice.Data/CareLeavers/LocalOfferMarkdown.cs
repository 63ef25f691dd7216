using System.Text;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Voice.Data.CareLeavers;

/// <summary>
/// Renders local offer Markdown: raw HTML disabled (it is shown as text), headings with ids,
/// GOV.UK typography classes. Also gives the plain text, headings and site links of a page.
/// </summary>
public static class LocalOfferMarkdown
{
    static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UsePipeTables()
        .Build();

    public sealed record Rendered(string Html, string PlainText, IReadOnlyList<PageHeading> Headings, IReadOnlyList<string> InternalLinks);

    public static Rendered Render(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var headings = new List<PageHeading>();
        var links = new List<string>();
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HeadingBlock h:
                    h.GetAttributes().AddClass(h.Level <= 2 ? "govuk-heading-m" : "govuk-heading-s");
                    headings.Add(new PageHeading(h.Level, InlineText(h.Inline), h.GetAttributes().Id ?? ""));
                    break;
                case ParagraphBlock p:
                    p.GetAttributes().AddClass("govuk-body");
                    break;
                case ListBlock l:
                    l.GetAttributes().AddClass("govuk-list");
                    l.GetAttributes().AddClass(l.IsOrdered ? "govuk-list--number" : "govuk-list--bullet");
                    break;
                case QuoteBlock q:
                    q.GetAttributes().AddClass("govuk-inset-text");
                    break;
                case ThematicBreakBlock t:
                    t.GetAttributes().AddClass("govuk-section-break govuk-section-break--m govuk-section-break--visible");
                    break;
                case Table t:
                    t.GetAttributes().AddClass("govuk-table");
                    foreach (var row in t.OfType<TableRow>())
                    {
                        row.GetAttributes().AddClass("govuk-table__row");
                        foreach (var cell in row.OfType<TableCell>())
                            cell.GetAttributes().AddClass(row.IsHeader ? "govuk-table__header" : "govuk-table__cell");
                    }
                    break;
                case LinkInline { IsImage: false } link:
                    link.GetAttributes().AddClass("govuk-link");
                    if (link.Url is { } url && url.StartsWith('/')) links.Add(url);
                    break;
            }
        }
        var html = document.ToHtml(Pipeline);
        return new Rendered(html, PlainText(document), headings, links.Distinct().ToList());
    }

    /// <summary>Text of every block, one block a line; link text kept, addresses dropped.</summary>
    static string PlainText(MarkdownDocument document)
    {
        var text = new StringBuilder();
        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            var line = leaf.Inline is null ? leaf.Lines.ToString() : InlineText(leaf.Inline);
            if (!string.IsNullOrWhiteSpace(line)) text.Append(line.Trim()).Append('\n');
        }
        return text.ToString();
    }

    static string InlineText(ContainerInline? inline)
    {
        if (inline is null) return "";
        var text = new StringBuilder();
        foreach (var node in inline.Descendants())
        {
            switch (node)
            {
                case LiteralInline literal: text.Append(literal.Content.ToString()); break;
                case CodeInline code: text.Append(code.Content); break;
                case LineBreakInline: text.Append(' '); break;
                case HtmlEntityInline entity: text.Append(entity.Transcoded.ToString()); break;
            }
        }
        return text.ToString();
    }
}
