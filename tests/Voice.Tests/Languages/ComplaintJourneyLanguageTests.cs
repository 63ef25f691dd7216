using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Voice.Data;
using Voice.Data.Languages;
using Voice.Tests.Complaints;
using Voice.Tests.Pages.Complaints.Track;
using Voice.Tests.Support;

namespace Voice.Tests.Languages;

/// <summary>
/// The issue's done test (issue 15), as page tests: a parent who reads only Polish, or only Urdu,
/// goes from the home page through every complaint question, its errors, check answers and the
/// confirmation, gets the acknowledgement, and tracks the complaint (a wrong reference, the status,
/// adding information, the page after a stage change), and meets no English on the way: no
/// English catalog fallback (<c>lang="en"</c>), no English catalog text, and (on Urdu pages) no
/// Latin-script words at all, in the text, the page title or the labels a screen reader reads.
/// The only English allowed is what is meant to be English: the staff's timeline (marked and
/// explained), the English beside the "not checked yet" note, the switcher's own "English",
/// the council's and service's names, and what the reader typed.
/// </summary>
public partial class ComplaintJourneyLanguageTests
{
    static readonly TranslationCatalog Catalog = TranslationFiles.Load(Path.Combine(TestPaths.Content, "translations"));

    /// <summary>English catalog text → key, for texts whose translation differs from the English.</summary>
    static readonly ILookup<string, string> EnglishTexts = Catalog.English.ToLookup(e => e.Value.Trim(), e => e.Key);

    /// <summary>Names, not words: the service, the council, and Childline (a charity's name).</summary>
    static readonly string[] ProperNames = ["Voice", "Northfield", "City", "Council", "Childline"];

    /// <summary>What the parent types: what happened, what they want, more information, why they ask for the next stage.</summary>
    static readonly Dictionary<string, string[]> Typed = new()
    {
        ["pl"] = ["Spotkanie odwołano trzy razy.", "Przeprosiny.", "Jeszcze jedno.", "Nie odpowiedzieliście."],
        ["ur"] = ["میٹنگ تین بار منسوخ ہوئی۔", "معافی۔", "ایک اور بات۔", "آپ نے جواب نہیں دیا۔"],
    };

    [Theory]
    [InlineData("pl")]
    [InlineData("ur")]
    public async Task ComplainingAndTracking_ShowsNoEnglish(string language)
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var client = PageClient.For(app);
        var email = $"rodzic-{Guid.NewGuid():N}@example.com";
        var pages = new List<PageResult>();
        async Task<PageResult> Seen(Task<PageResult> visit)
        {
            var page = await visit;
            Assert.True(page.Status is HttpStatusCode.OK or HttpStatusCode.BadRequest or HttpStatusCode.NotFound, $"{page.Response.RequestMessage!.RequestUri}: {page.Status}");
            pages.Add(page);
            return page;
        }
        async Task<PageResult> Next(PageResult page, params (string, string)[] fields)
        {
            var result = await client.SubmitAsync(page.Form(), fields);
            Assert.True(result.Status == HttpStatusCode.Redirect, $"{page.Response.RequestMessage!.RequestUri}: {result.Status} {string.Join("; ", result.Errors)}");
            return await Seen(client.FollowAsync(result));
        }
        async Task<PageResult> Wrong(PageResult page, params (string, string)[] fields)
        {
            var result = await Seen(client.SubmitAsync(page.Form(), fields));
            Assert.NotEmpty(result.Errors);
            return result;
        }

        await Seen(client.GetAsync($"/?lang={language}"));
        var start = await Seen(client.GetAsync("/complaints/new"));
        var who = await Next(start);
        await Wrong(who, ("Who", ""));
        await Wrong(who, ("Who", "OnBehalf"), ("Relationship", ""));
        var service = await Next(who, ("Who", "Parent"));
        await Wrong(service, ("Service", ""));
        var happened = await Next(service, ("Service", "looked-after"));
        await Wrong(happened, ("Description", ""));
        await Wrong(happened, ("Description", new string('x', 5001)));
        var when = await Next(happened, ("Description", Typed[language][0]));
        await Wrong(when, ("HappenedOn.Day", ""), ("HappenedOn.Month", ""), ("HappenedOn.Year", ""));
        await Wrong(when, ("HappenedOn.Day", "31"), ("HappenedOn.Month", "2"), ("HappenedOn.Year", "2026"));
        var on = ComplaintKit.Today(app).AddDays(-20);
        var outcome = await Next(when, ("HappenedOn.Day", on.Day.ToString()), ("HappenedOn.Month", on.Month.ToString()), ("HappenedOn.Year", on.Year.ToString()));
        await Wrong(outcome, ("WantedOutcome", ""));
        await Wrong(outcome, ("WantedOutcome", new string('x', 2001)));
        var help = await Next(outcome, ("WantedOutcome", Typed[language][1]));
        await Wrong(help, ("Needs", "interpreter"), ("InterpreterLanguage", ""));
        var contact = await Next(help, ("Needs", "none"));
        await Wrong(contact, ("Name", ""), ("Email", ""), ("Preference", ""));
        await Wrong(contact, ("Name", "Anna"), ("Email", "not-an-email"), ("Preference", "Email"));
        await Wrong(contact, ("Name", "Anna"), ("Email", ""), ("Phone", "12"), ("Preference", "Phone"));
        var check = await Next(contact, ("Name", "Anna"), ("Email", email), ("Phone", ""), ("Preference", "Email"));
        var done = await Seen(client.FollowAsync(await client.SubmitAsync(check.Form())));
        var reference = done.Document.GetElementById("reference")!.TextContent.Trim();
        var code = done.Document.GetElementById("tracking-code")!.TextContent.Trim();

        var acknowledgement = Assert.Single(app.EmailsTo(email));
        // The translation comes first; the English copy below it, and the English of the "not checked yet" note, are meant to be English.
        var translated = acknowledgement.Body[..acknowledgement.Body.IndexOf(Catalog.English["email.unchecked"], StringComparison.Ordinal)];
        var leftovers = new List<string>();
        leftovers.AddRange(EnglishIn("email subject", acknowledgement.Subject, language, [reference]));
        leftovers.AddRange(EnglishIn("email", translated, language, [reference, code, "Anna", email, "English"]));

        var track = await Seen(client.GetAsync("/complaints/track"));
        await Wrong(track, ("Reference", ""), ("Code", ""));
        await Wrong(track, ("Reference", "XX-0000-0000"), ("Code", code));
        var status = await Seen(client.FollowAsync(await client.SubmitAsync(track.Form(), ("Reference", reference), ("Code", code))));
        await Seen(client.SubmitAsync(status.Form("form[action$='/addinformation']"), ("Information", "")));
        await Seen(client.FollowAsync(await client.SubmitAsync(status.Form("form[action$='/addinformation']"), ("Information", Typed[language][2]))));
        await Seen(client.GetAsync($"/no-such-page-{Guid.NewGuid():N}"));

        // A complaint whose Stage 1 response has been sent: its page offers the next stage.
        var responded = await TrackTests.RespondedAtStage1Async(app, ComplaintKit.Today(app).AddDays(-14), ComplaintKit.Today(app).AddDays(-1));
        var other = PageClient.For(app);
        var second = await other.GetAsync($"/complaints/track?lang={language}");
        var answered = await Seen(other.FollowAsync(await other.SubmitAsync(second.Form(), ("Reference", responded.Reference), ("Code", responded.Code))));
        pages.Add(await other.SubmitAsync(answered.Form("form[action$='/nextstage']"), ("NextStageReason", "")));
        pages.Add(await other.FollowAsync(await other.SubmitAsync(answered.Form("form[action$='/nextstage']"), ("NextStageReason", Typed[language][3]))));

        foreach (var page in pages)
        {
            Assert.Equal(language, page.Document.DocumentElement.GetAttribute("lang"));
            leftovers.AddRange(Leftovers(page, language, [reference, code, responded.Reference, email, "Anna"]).Select(l => $"{page.Response.RequestMessage!.RequestUri!.AbsolutePath}: {l}"));
        }
        var distinct = leftovers.Distinct().ToList();
        Assert.True(distinct.Count == 0, "English met by a reader of " + language + ":\n" + string.Join("\n", distinct));
    }

    /// <summary>The English a reader of <paramref name="language"/> meets on one page.</summary>
    static IEnumerable<string> Leftovers(PageResult page, string language, string[] theirs)
    {
        foreach (var found in EnglishIn("title", page.Title, language, theirs)) yield return found;
        var body = page.Document.Body!;
        foreach (var marked in body.QuerySelectorAll("[lang]").Where(e => e.GetAttribute("lang") != language && !MeantToBeEnglish(e)))
            yield return $"lang={marked.GetAttribute("lang")}: \"{marked.TextContent.Trim()}\"";
        foreach (var node in body.Descendants<IText>().Where(t => !InOtherLanguage(t.ParentElement, language)))
            foreach (var found in EnglishIn("text", node.Data, language, theirs)) yield return found;
        foreach (var element in body.QuerySelectorAll("[aria-label],[alt],[title],[placeholder],input[type=submit]").Where(e => !InOtherLanguage(e, language)))
            foreach (var attribute in new[] { "aria-label", "alt", "title", "placeholder", "value" })
                if (element.GetAttribute(attribute) is { Length: > 0 } value && (attribute != "value" || element.LocalName == "input"))
                    foreach (var found in EnglishIn(attribute, value, language, theirs)) yield return found;
    }

    static bool MeantToBeEnglish(IElement e) =>
        e.Id == "timeline" || e.Closest("#timeline") is not null || e.Closest(".voice-languages") is not null || e.Closest("#translation-unchecked") is not null;

    static bool InOtherLanguage(IElement? e, string language)
    {
        for (; e is not null; e = e.ParentElement)
        {
            if (e.LocalName is "script" or "style") return true;
            if (e.GetAttribute("lang") is { } lang) return lang != language && MeantToBeEnglish(e);
        }
        return false;
    }

    static IEnumerable<string> EnglishIn(string where, string text, string language, string[] theirs)
    {
        var trimmed = Regex.Replace(text, @"\s+", " ").Trim();
        if (trimmed.Length == 0) yield break;
        if (EnglishTexts.Contains(trimmed) && EnglishTexts[trimmed].Any(k => Catalog.Get(language, k).Text.Trim() != trimmed))
        {
            yield return $"{where}: \"{trimmed}\" (an English catalog text)";
            yield break;
        }
        var rest = theirs.Concat(ProperNames).Where(t => t.Length > 0).Aggregate(trimmed, (s, t) => s.Replace(t, " "));
        // Addresses, email addresses and codes (a reference, a tracking code, their examples) are not words.
        rest = NotWords().Replace(rest, " ");
        var english = language == "ur"
            ? LatinWord().Matches(rest).Select(m => m.Value).ToList()
            : EnglishWord().Matches(rest).Select(m => m.Value).ToList();
        if (english.Count > 0) yield return $"{where}: \"{trimmed}\" ({string.Join(" ", english)})";
    }

    [GeneratedRegex(@"https?://\S+|\S+@\S+|\b[A-Z0-9]+(-[A-Z0-9]+)+\b|\bx{100,}\b")]
    private static partial Regex NotWords();

    [GeneratedRegex(@"\b[A-Za-z]{2,}\b")]
    private static partial Regex LatinWord();

    /// <summary>Words that are English and not Polish (so not "to", "we", "a", "i", "o").</summary>
    [GeneratedRegex(@"\b(the|and|your|you|with|this|that|what|when|which|our|are|have|has|will|been|from|please|enter|select|continue|complaint|change|back|sign|staff|error|page|not|must|date|about|received|information|service|menu|skip|main|content|cookies|privacy|contact|accessibility|statement)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishWord();
}
