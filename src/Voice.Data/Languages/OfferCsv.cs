using System.Text.Encodings.Web;
using System.Text.Json;
using Voice.Data.CareLeavers;

namespace Voice.Data.Languages;

/// <summary>
/// Local offer pages in the translator's CSV: one line per page, keyed <c>offer:&lt;topic&gt;/&lt;slug&gt;</c>
/// (<c>offer:money/setting-up-home.easy-read</c> for an easy read page). Its English, and the
/// translation, are the whole page as the translator translates it (<see cref="OfferPage.Source"/>):
/// the title on the first line, the summary on the second, each offer item on a line starting
/// "- ", a blank line, then the Markdown body; in one quoted field, lines and all. The fingerprint
/// is the page's, so a page whose English changed since the export is refused. A translation must
/// keep the English page's links to other pages of the site, and is written to
/// <c>{topic}/{slug}.{lang}.md</c> with its status and source in the front matter.
/// </summary>
public static class OfferCsv
{
    public const string Prefix = "offer:";
    public const int TextMax = 60000;

    static readonly JsonSerializerOptions Yaml = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string KeyOf(OfferPage page) => Prefix + page.File[..^3];

    /// <summary>The file a page's translation into <paramref name="language"/> lives in, relative to the local offer folder.</summary>
    public static string FileOf(OfferPage page, string language) => $"{page.File[..^3]}.{language}.md";

    public static IEnumerable<TranslationRow> ToDo(LocalOffer offer, string language) =>
        from page in offer.Pages
        let state = offer.StateOf(page, language)
        where state != TranslationState.Reviewed
        let t = offer.TranslationOf(page, language)
        select new TranslationRow(KeyOf(page), language, page.Source, page.SourceHash,
            t is null ? "" : LocalOfferLoader.SourceOf(t.Title, t.Summary, t.Offer, t.Body), t is null ? "" : "draft", "", TranslationCsv.StateName(state));

    public static OfferPage? Find(TranslationSources sources, string key) =>
        sources.Offer is { } offer && key.StartsWith(Prefix, StringComparison.Ordinal)
            ? offer.Pages.FirstOrDefault(p => KeyOf(p) == key) : null;

    /// <summary>Checks each page line as a whole page and makes its file, adding any problem.</summary>
    internal static IReadOnlyList<PageImport> Build(TranslationSources sources, IReadOnlyList<ImportLine> lines, List<ImportProblem> problems)
    {
        var result = new List<PageImport>();
        foreach (var line in lines)
        {
            var page = Find(sources, line.Key)!;
            var name = $"The translation of \"{line.Key}\"";
            if (Split(line.Translation.Text, page.Meta.Offer.Count) is not var (title, summary, offer, body))
            {
                problems.Add(new ImportProblem(line.Line, $"{name} must be laid out as the English is: the title on the first line, the summary on the second, " +
                    $"the {page.Meta.Offer.Count} offer items each on a line starting \"- \", a blank line, then the page"));
                continue;
            }
            var lost = page.InternalLinks.Except(LocalOfferMarkdown.Render(body).InternalLinks).ToList();
            if (lost.Count > 0)
            {
                problems.Add(new ImportProblem(line.Line, $"{name} must keep the English page's links to {string.Join(", ", lost)}"));
                continue;
            }
            var file = FileOf(page, line.Language);
            var markdown = Markdown(title, summary, offer, body, line.Translation);
            var (translation, errors) = LocalOfferLoader.ReadTranslation(file, markdown, sources.Offer!.Pages);
            if (translation is null) problems.Add(new ImportProblem(line.Line, $"{name} cannot be used: {string.Join("; ", errors.Select(e => e.Message))}"));
            else result.Add(new PageImport(line.Language, file, markdown, translation));
        }
        return result;
    }

    /// <summary>A translation laid out as <see cref="OfferPage.Source"/>, in its parts; null when it is not laid out so.</summary>
    public static (string Title, string Summary, IReadOnlyList<string> Offer, string Body)? Split(string text, int offerCount)
    {
        var lines = text.Replace("\r\n", "\n").Trim().Split('\n');
        if (lines.Length < 3 + offerCount) return null;
        var offer = lines[2..(2 + offerCount)];
        if (string.IsNullOrWhiteSpace(lines[0]) || string.IsNullOrWhiteSpace(lines[1])
            || offer.Any(o => !o.StartsWith("- ", StringComparison.Ordinal) || o.Length < 3)
            || !string.IsNullOrWhiteSpace(lines[2 + offerCount]))
            return null;
        var body = string.Join("\n", lines[(3 + offerCount)..]).Trim();
        if (body.Length == 0) return null;
        return (lines[0].Trim(), lines[1].Trim(), offer.Select(o => o[2..].Trim()).ToList(), body);
    }

    /// <summary>The translation's file: front matter (each text quoted, so any character is safe) and the body.</summary>
    static string Markdown(string title, string summary, IReadOnlyList<string> offer, string body, Translation status)
    {
        string Quote(string s) => JsonSerializer.Serialize(s, Yaml);
        var lines = new List<string> { "---", $"title: {Quote(title)}", $"summary: {Quote(summary)}", "offer:" };
        lines.AddRange(offer.Select(o => $"  - {Quote(o)}"));
        lines.Add($"status: {(status.Status == TranslationStatus.Reviewed ? "reviewed" : "draft")}");
        lines.Add($"source: {status.SourceHash}");
        if (status.ReviewedBy is not null) lines.Add($"reviewedBy: {Quote(status.ReviewedBy)}");
        if (status.ReviewedOn is { } on) lines.Add("reviewedOn: " + on.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        lines.Add("---");
        lines.Add("");
        lines.Add(body);
        return string.Join("\n", lines) + "\n";
    }
}
