using System.Globalization;
using Voice.Data.Languages;
using YamlDotNet.RepresentationModel;

namespace Voice.Data.CareLeavers;

/// <summary>
/// Translated local offer pages (issue 15): <c>{topic}/{slug}.{lang}.md</c> (or
/// <c>{slug}.easy-read.{lang}.md</c>) beside the English page. Front matter: <c>title</c>,
/// <c>summary</c>, <c>offer</c> (the English page's items, translated, as a plain list in the same
/// order), <c>status</c> (draft or reviewed), <c>source</c> (the 12-character fingerprint of the
/// English page it was made from, <see cref="OfferPage.SourceHash"/>), and for a reviewed page
/// <c>reviewedBy</c> and <c>reviewedOn</c>. Everything else (ages, owner, dates) is the English page's.
/// </summary>
public static partial class LocalOfferLoader
{
    static readonly string[] TranslationKeys = ["title", "summary", "offer", "status", "source", "reviewedBy", "reviewedOn"];

    /// <summary>A page file name with a language part after the slug: money.pl, money.easy-read.ar.</summary>
    static bool IsTranslationFile(string fileName)
    {
        var parts = fileName.Split('.');
        return parts.Length > 1 && parts[^1] != EasyReadSuffix[1..];
    }

    /// <summary>
    /// What a translator translates, and what its fingerprint is taken over: the title, summary,
    /// offer items and body of the English page. Its owner, ages and review date are not in it, so
    /// re-dating a page does not make its translations need review.
    /// </summary>
    public static string SourceOf(string title, string summary, IEnumerable<string> offer, string body) =>
        string.Join("\n", [title, summary, .. offer.Select(o => "- " + o), "", body.Replace("\r\n", "\n").Trim()]);

    /// <summary>
    /// Reads one translation file's text (<paramref name="relative"/> as <c>{topic}/{slug}.{lang}.md</c>)
    /// against the English pages, as loading would: the translation, or the errors that would stop the app.
    /// </summary>
    public static (OfferPageTranslation? Translation, IReadOnlyList<ContentProblem> Problems) ReadTranslation(string relative, string text, IReadOnlyList<OfferPage> pages)
    {
        var problems = new List<ContentProblem>();
        var loaded = LoadTranslations([(relative, relative.Split('/')[0], text)], pages, problems);
        var errors = problems.Where(p => p.Severity == ProblemSeverity.Error).ToList();
        return (errors.Count == 0 ? loaded.Single() : null, errors);
    }

    static List<OfferPageTranslation> LoadTranslations(
        IEnumerable<(string Relative, string Topic, string Text)> files, IReadOnlyList<OfferPage> pages, List<ContentProblem> problems)
    {
        var english = pages.ToDictionary(p => (p.Topic, p.Slug, p.IsEasyRead));
        var loaded = new List<OfferPageTranslation>();
        foreach (var (relative, topic, text) in files)
        {
            var name = Path.GetFileNameWithoutExtension(relative);
            var code = name[(name.LastIndexOf('.') + 1)..];
            var pageName = name[..name.LastIndexOf('.')];
            var easyRead = pageName.EndsWith(EasyReadSuffix, StringComparison.Ordinal);
            var slug = easyRead ? pageName[..^EasyReadSuffix.Length] : pageName;
            void Error(string? field, string message) => problems.Add(new(ProblemSeverity.Error, relative, field, message));
            if (Language.Find(code) is not { } language || language.Code != code || language.Code == Language.EnglishCode)
            {
                Error(null, $"\"{code}\" is not a language pages are translated into ({string.Join(", ", Language.Translated.Select(l => l.Code))})");
                continue;
            }
            if (!english.TryGetValue((topic, slug, easyRead), out var source))
            {
                Error(null, $"There is no English page ({pageName}.md) for this translation");
                continue;
            }
            var errorsBefore = problems.Count(p => p.Severity == ProblemSeverity.Error);
            if (FrontMatterOf(relative, text, problems) is not var (map, body)) continue;
            var fields = new FieldReader(relative, map, problems);
            fields.Unknown(TranslationKeys);
            var title = fields.Text("title");
            var summary = fields.Text("summary");
            var offer = OfferTexts(map, relative, source.Meta.Offer.Count, problems);
            var status = fields.Text("status") switch
            {
                null => (TranslationStatus?)null,
                "draft" => TranslationStatus.Draft,
                "reviewed" => TranslationStatus.Reviewed,
                var other => Fail("status", $"\"{other}\" must be draft or reviewed"),
            };
            var hash = fields.Text("source");
            if (hash is not null && (hash.Length != 12 || !hash.All(char.IsAsciiHexDigitLower)))
                Error("source", "Must be the 12-character fingerprint of the English page it was translated from");
            var reviewedBy = Optional(map, "reviewedBy");
            DateOnly? reviewedOn = null;
            if (Optional(map, "reviewedOn") is { } date)
            {
                if (DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) reviewedOn = d;
                else Error("reviewedOn", $"\"{date}\" must be a real date written as YYYY-MM-DD");
            }
            if (status == TranslationStatus.Reviewed && (reviewedBy is null || reviewedOn is null))
                Error("status", "A reviewed translation must say who reviewed it (reviewedBy) and when (reviewedOn)");
            if (reviewedBy?.Length > TranslationFiles.ReviewerMax) Error("reviewedBy", $"Must be {TranslationFiles.ReviewerMax} characters or fewer");
            if (problems.Count(p => p.Severity == ProblemSeverity.Error) > errorsBefore) continue;

            var rendered = LocalOfferMarkdown.Render(body);
            loaded.Add(new OfferPageTranslation
            {
                English = source,
                Language = code,
                File = relative,
                Status = status!.Value,
                Source = hash!,
                ReviewedBy = reviewedBy,
                ReviewedOn = reviewedOn,
                Title = title!,
                Summary = summary!,
                Offer = offer!,
                Html = Language.Find(code)?.RightToLeft == true ? Bidi.IsolateInHtml(rendered.Html) : rendered.Html,
                PlainText = rendered.PlainText,
                InternalLinks = rendered.InternalLinks,
                Body = body,
            });

            TranslationStatus? Fail(string field, string message)
            {
                Error(field, message);
                return null;
            }
        }
        return loaded;
    }

    static string? Optional(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v)
            ? v.Trim() : null;

    static IReadOnlyList<string>? OfferTexts(YamlMappingNode map, string relative, int count, List<ContentProblem> problems)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode("offer"), out var node))
        {
            problems.Add(new(ProblemSeverity.Error, relative, "offer", "Is missing"));
            return null;
        }
        var texts = node is YamlSequenceNode list
            ? list.Children.Select(c => c is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null).ToList()
            : [];
        if (texts.Count != count || texts.Any(t => t is null))
        {
            problems.Add(new(ProblemSeverity.Error, relative, "offer", $"Must be a list of {count} texts, the English page's offer items translated, in the same order"));
            return null;
        }
        return texts!;
    }
}
