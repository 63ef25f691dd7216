using Voice.Data.Languages;

namespace Voice.Data.CareLeavers;

/// <summary>A topic of the local offer, from topics.yml.</summary>
public sealed record OfferTopic(string Slug, string Title, string Summary, int Order);

/// <summary>Whether the council must do something (the law, or a national scheme) or chooses to.</summary>
public enum OfferType { Must, Choose }

public sealed record OfferItem(string Item, OfferType Type);

/// <summary>The validated front matter of one page (standard or easy read).</summary>
public sealed record FrontMatter(
    string Title,
    string Summary,
    string Topic,
    int Order,
    int MinAge,
    int MaxAge,
    IReadOnlyList<OfferItem> Offer,
    string Owner,
    DateOnly LastReviewed);

/// <summary>A heading in a page's body, with the id the renderer gave it.</summary>
public sealed record PageHeading(int Level, string Text, string Id);

/// <summary>One page of the local offer, rendered and ready to show.</summary>
public sealed class OfferPage
{
    public required string Topic { get; init; }
    public required string Slug { get; init; }
    public required bool IsEasyRead { get; init; }
    /// <summary>Path relative to the local-offer folder, as editors know it.</summary>
    public required string File { get; init; }
    public required FrontMatter Meta { get; init; }
    /// <summary>The body as HTML: Markdown with raw HTML disabled.</summary>
    public required string Html { get; init; }
    /// <summary>The body as plain text, for search and snippets.</summary>
    public required string PlainText { get; init; }
    public required IReadOnlyList<PageHeading> Headings { get; init; }
    /// <summary>Every link target in the body that starts with "/" (site addresses).</summary>
    public required IReadOnlyList<string> InternalLinks { get; init; }
    /// <summary>What a translator translates: title, summary, offer items and body (see <see cref="LocalOfferLoader"/>).</summary>
    public string Source { get; init; } = "";
    /// <summary>The fingerprint a translation of this page must carry as its <c>source</c> to be shown.</summary>
    public string SourceHash => TranslationText.Hash(Source);

    public string Title => Meta.Title;
    public string Summary => Meta.Summary;
    public string Path => LocalOffer.PagePath(Topic, Slug, IsEasyRead);
}

/// <summary>A translation of one page, as loaded; whether it is shown depends on <see cref="LocalOffer.StateOf"/>.</summary>
public sealed class OfferPageTranslation
{
    public required OfferPage English { get; init; }
    public required string Language { get; init; }
    public required string File { get; init; }
    public required TranslationStatus Status { get; init; }
    /// <summary>The fingerprint of the English page it was made from.</summary>
    public required string Source { get; init; }
    public string? ReviewedBy { get; init; }
    public DateOnly? ReviewedOn { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    /// <summary>The English page's offer items, translated, in the same order.</summary>
    public required IReadOnlyList<string> Offer { get; init; }
    public required string Html { get; init; }
    public required string PlainText { get; init; }
    public required IReadOnlyList<string> InternalLinks { get; init; }
    /// <summary>The Markdown body, as written.</summary>
    public string Body { get; init; } = "";
}

/// <summary>
/// One page as shown to a reader: in <see cref="Language"/> (English when there is no usable
/// translation), with <see cref="State"/> saying why.
/// </summary>
public sealed record LocalisedPage(OfferPage Page, string Language, TranslationState State, string Title, string Summary, IReadOnlyList<OfferItem> Offer, string Html)
{
    /// <summary>Shown in a translation nobody who reads the language has checked.</summary>
    public bool Unchecked => State == TranslationState.Draft && Language != Languages.Language.EnglishCode;
}

public enum ProblemSeverity { Error, Warning }

/// <summary>Something wrong in the content, named by file and field so an editor can fix it.</summary>
public sealed record ContentProblem(ProblemSeverity Severity, string File, string? Field, string Message)
{
    public override string ToString() => $"{File}{(Field is null ? "" : $" ({Field})")}: {Message}";
}

/// <summary>The whole local offer as loaded at start-up: topics, pages, and what is wrong with them.</summary>
public sealed class LocalOffer
{
    public const string BasePath = "/care-leavers";

    /// <summary>Addresses content may link to that are not pages (see the editors' README).</summary>
    public static readonly IReadOnlySet<string> KnownNonPageLinks = new HashSet<string>(StringComparer.Ordinal)
    {
        "/care-leavers", "/care-leavers/health-history", "/care-leavers/what-can-i-get", "/care-leavers/search", "/complaints/new", "/you-said-we-did",
    };

    readonly Dictionary<(string Topic, string Slug, bool EasyRead), OfferPage> byKey;
    /// <summary>Swapped whole when a translator's import writes a page (<see cref="Replace"/>).</summary>
    Dictionary<(OfferPage Page, string Language), OfferPageTranslation> translations;

    public LocalOffer(IReadOnlyList<OfferTopic> topics, IReadOnlyList<OfferPage> pages, IReadOnlyList<ContentProblem> problems,
        IReadOnlyList<OfferPageTranslation>? translated = null)
    {
        translations = (translated ?? []).ToDictionary(t => (t.English, t.Language));
        Topics = topics.OrderBy(t => t.Order).ToList();
        Pages = pages.OrderBy(p => Topics.ToList().FindIndex(t => t.Slug == p.Topic)).ThenBy(p => p.Meta.Order).ThenBy(p => p.IsEasyRead).ToList();
        Problems = problems;
        byKey = pages.ToDictionary(p => (p.Topic, p.Slug, p.IsEasyRead));
    }

    public IReadOnlyList<OfferTopic> Topics { get; }
    /// <summary>Every page, standard and easy read, in topic then page order.</summary>
    public IReadOnlyList<OfferPage> Pages { get; }
    public IReadOnlyList<ContentProblem> Problems { get; }

    public IEnumerable<OfferPage> StandardPages => Pages.Where(p => !p.IsEasyRead);

    public IEnumerable<OfferPage> PagesIn(string topic) => StandardPages.Where(p => p.Topic == topic);

    public OfferTopic? Topic(string slug) => Topics.FirstOrDefault(t => t.Slug == slug);

    public OfferPage? Find(string topic, string slug, bool easyRead = false) =>
        byKey.GetValueOrDefault((topic, slug, easyRead));

    /// <summary>The page's translation into <paramref name="language"/>, whatever its state, or null.</summary>
    public OfferPageTranslation? TranslationOf(OfferPage page, string language) => Volatile.Read(ref translations).GetValueOrDefault((page, language));

    /// <summary>Puts these translations (just written by an import) in place of any the pages had in their language.</summary>
    public void Replace(IEnumerable<OfferPageTranslation> changed)
    {
        lock (byKey)
        {
            var next = new Dictionary<(OfferPage, string), OfferPageTranslation>(Volatile.Read(ref translations));
            foreach (var t in changed) next[(t.English, t.Language)] = t;
            Volatile.Write(ref translations, next);
        }
    }

    /// <summary>Missing, draft, reviewed or needs review: the same rule as every other translated text.</summary>
    public TranslationState StateOf(OfferPage page, string language)
    {
        var t = TranslationOf(page, language);
        return TranslationRules.StateOf(language, page.Source, t?.Status, t?.Source);
    }

    /// <summary>The page as a reader of <paramref name="language"/> gets it: translated when the translation is usable, else the English.</summary>
    public LocalisedPage InLanguage(OfferPage page, string language)
    {
        var state = StateOf(page, language);
        if (language == Language.EnglishCode || !TranslationRules.Shown(state))
            return new LocalisedPage(page, Language.EnglishCode, state, page.Title, page.Summary, page.Meta.Offer, page.Html);
        var t = TranslationOf(page, language)!;
        return new LocalisedPage(page, language, state, t.Title, t.Summary,
            page.Meta.Offer.Zip(t.Offer, (english, text) => english with { Item = text }).ToList(), t.Html);
    }

    /// <summary>How many pages (standard and easy read) a language has, by state: for the translations coverage page.</summary>
    public LanguageCoverage Coverage(string language)
    {
        var counts = Pages.GroupBy(p => StateOf(p, language)).ToDictionary(g => g.Key, g => g.Count());
        return new LanguageCoverage(Language.Find(language)!, Pages.Count,
            counts.GetValueOrDefault(TranslationState.Reviewed), counts.GetValueOrDefault(TranslationState.Draft),
            counts.GetValueOrDefault(TranslationState.NeedsReview), counts.GetValueOrDefault(TranslationState.Missing));
    }

    public static string PagePath(string topic, string slug, bool easyRead = false) =>
        $"{BasePath}/{topic}/{slug}{(easyRead ? "/easy-read" : "")}";

    /// <summary>Whether a site address used in content leads somewhere (a page, or a known form).</summary>
    public bool LinkExists(string href)
    {
        var path = href.Split('#', '?')[0].TrimEnd('/');
        if (KnownNonPageLinks.Contains(path)) return true;
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length is 3 or 4 && parts[0] == "care-leavers"
               && (parts.Length == 3 || parts[3] == "easy-read")
               && Find(parts[1], parts[2], parts.Length == 4) is not null;
    }
}

/// <summary>Front matter or topics that are wrong enough that the site must not start.</summary>
public sealed class LocalOfferException(IReadOnlyList<ContentProblem> problems)
    : Exception("The local offer content has errors:\n" + string.Join("\n", problems.Select(p => "  " + p)))
{
    public IReadOnlyList<ContentProblem> Problems { get; } = problems;
}
