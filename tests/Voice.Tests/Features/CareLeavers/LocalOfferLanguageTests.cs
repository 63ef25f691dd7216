using System.Net;
using Voice.Data;
using Voice.Tests.Support;

namespace Voice.Tests.Pages.CareLeavers;

/// <summary>The local offer and the checker in Polish and Arabic (issue 15): translated pages, English fallback marked, the draft note.</summary>
public class LocalOfferLanguageTests
{
    static async Task<(PageClient Client, VoiceApplication App)> Start()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        return (PageClient.For(app), app);
    }

    const string HealthHistory = "/care-leavers/health/your-health-history";

    [Fact]
    public async Task ATranslatedPage_InPolish_IsPolish_LeftToRight_WithTheDraftNote()
    {
        var (client, _) = await Start();
        var page = await client.GetAsync(HealthHistory + "?lang=pl");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(("pl", "ltr"), (page.Document.DocumentElement.GetAttribute("lang"), page.Document.DocumentElement.GetAttribute("dir")));
        var h1 = page.Document.QuerySelector("h1")!;
        Assert.Equal("Twoja historia zdrowia", h1.TextContent);
        Assert.False(h1.HasAttribute("lang")); // in the page's own language
        Assert.Contains("Co mówi prawo", page.Document.QuerySelector(".voice-offer-body")!.TextContent);
        Assert.Equal("Prawo mówi, że musimy", page.Document.QuerySelector(".voice-offer-list .govuk-tag")!.TextContent);
        Assert.Null(page.Document.GetElementById("page-in-english"));
        Assert.Equal("This translation has not been checked yet.", page.Document.QuerySelector("#translation-unchecked [lang=en]")!.TextContent);
        // Links in the translated text still lead to the site's pages.
        Assert.NotNull(page.Document.QuerySelector(".voice-offer-body a[href='/care-leavers/health-history']"));
    }

    [Fact]
    public async Task ATranslatedPage_InArabic_IsRightToLeft_AndItsEasyReadLinkIsArabic()
    {
        var (client, _) = await Start();
        var page = await client.GetAsync(HealthHistory + "?lang=ar");
        Assert.Equal(("ar", "rtl"), (page.Document.DocumentElement.GetAttribute("lang"), page.Document.DocumentElement.GetAttribute("dir")));
        Assert.Equal("سجلّك الصحي", page.Document.QuerySelector("h1")!.TextContent);
        Assert.Contains("اقرأ هذه الصفحة بنسخة سهلة القراءة", page.Text);
        Assert.NotNull(page.Document.GetElementById("translation-unchecked"));
    }

    [Fact]
    public async Task OnAnArabicPage_APhoneNumber_ReadsLeftToRight()
    {
        var (client, _) = await Start();
        var page = await client.GetAsync("/care-leavers/money/emergency-help?lang=ar");
        Assert.Equal("rtl", page.Document.DocumentElement.GetAttribute("dir"));
        Assert.Contains(page.Document.QuerySelectorAll(".voice-offer-body span[dir=ltr]"), s => s.TextContent == "01632 960000");
    }

    [Fact]
    public async Task AnUntranslatedPage_InArabic_IsEnglish_MarkedEnglishAndLeftToRight_AndSaysWhy()
    {
        var (client, _) = await Start();
        var page = await client.GetAsync("/care-leavers/money/council-tax?lang=ar");
        Assert.Equal("ar", page.Document.DocumentElement.GetAttribute("lang"));
        var h1 = page.Document.QuerySelector("h1")!;
        Assert.Equal(("Council tax", "en", "ltr"), (h1.TextContent, h1.GetAttribute("lang"), h1.GetAttribute("dir")));
        var body = page.Document.QuerySelector(".voice-offer-body")!;
        Assert.Equal(("en", "ltr"), (body.GetAttribute("lang"), body.GetAttribute("dir")));
        Assert.Equal("لم تُترجم هذه الصفحة إلى لغتك بعد، لذلك تظهر باللغة الإنجليزية.", page.Document.GetElementById("page-in-english")!.TextContent);
        // The page's own words around the English text are still Arabic.
        Assert.Equal("مساعدة لمن غادروا الرعاية", page.Document.QuerySelectorAll(".govuk-breadcrumbs__link")[1].TextContent);
    }

    [Fact]
    public async Task TheTopicIndex_InPolish_ShowsTranslatedTitles_AndEnglishOnesMarked()
    {
        var (client, _) = await Start();
        var page = await client.GetAsync("/care-leavers?lang=pl");
        Assert.Equal("Pomoc dla osób opuszczających pieczę", page.Document.QuerySelector("h1")!.TextContent);
        Assert.Equal("Szukaj w ofercie lokalnej", page.Document.QuerySelector("label[for=q]")!.TextContent);
        Assert.Equal("Pieniądze", page.Document.GetElementById("money")!.TextContent);
        var translated = page.Document.QuerySelector($"a[href='{HealthHistory}']")!;
        Assert.Equal(("Twoja historia zdrowia", null), (translated.TextContent, translated.GetAttribute("lang")));
        var english = page.Document.QuerySelector("a[href='/care-leavers/money/council-tax']")!;
        Assert.Equal(("Council tax", "en"), (english.TextContent, english.GetAttribute("lang")));
        Assert.Contains("łatwe czytanie", page.Document.QuerySelector($"a[href='{HealthHistory}/easy-read']")!.TextContent);
    }

    [Fact]
    public async Task TheChecker_InPolish_AsksInPolish_AndItsErrorIsPolish()
    {
        var (client, app) = await Start();
        var start = await client.GetAsync("/care-leavers/what-can-i-get?lang=pl");
        Assert.Equal("Sprawdź, co możesz dostać jako osoba opuszczająca pieczę", start.Document.QuerySelector("h1")!.TextContent);
        var dobPage = await client.GetAsync(start.Document.QuerySelector("a.govuk-button--start")!.GetAttribute("href")!);
        Assert.Equal("Jaka jest twoja data urodzenia?", dobPage.Document.QuerySelector("h1")!.TextContent.Trim());

        var empty = await client.SubmitAsync(dobPage.Form());
        Assert.Equal(["Wpisz datę urodzenia"], empty.Errors);

        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        var dob = today.AddYears(-19).AddDays(-3);
        var question = await client.FollowAsync(await client.SubmitAsync(dobPage.Form(), ("DateOfBirth.Day", dob.Day.ToString()), ("DateOfBirth.Month", dob.Month.ToString()), ("DateOfBirth.Year", dob.Year.ToString())));
        Assert.Equal("Ile czasu łącznie byłeś w pieczy od swoich 14. urodzin?", question.Document.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Nie wiem", question.Document.QuerySelectorAll(".govuk-radios__label").Select(l => l.TextContent.Trim()));

        var unanswered = await client.SubmitAsync(question.Form());
        Assert.Equal(HttpStatusCode.BadRequest, unanswered.Status);
        Assert.Equal(["Zaznacz, ile czasu byłeś w pieczy od swoich 14. urodzin"], unanswered.Errors);
        // The field's error, with the hidden "Error:" in Polish too.
        Assert.Equal("Błąd: Zaznacz, ile czasu byłeś w pieczy od swoich 14. urodzin", unanswered.FieldError("Answer"));
        Assert.Equal("Wystąpił problem", unanswered.Document.QuerySelector(".govuk-error-summary__title")!.TextContent.Trim());

        var page = question;
        foreach (var answer in new[] { "ThirteenWeeksOrMore", "Yes", "At18OrLater", "No", "No", "Yes" })
            page = await client.GetAsync((await client.SubmitAsync(page.Form(), ("Answer", answer))).Location!);
        Assert.Equal("Sprawdź swoje odpowiedzi", page.Document.QuerySelector("h1")!.TextContent);
        Assert.Contains("Tak", page.Document.QuerySelectorAll(".govuk-summary-list__value").Select(v => v.TextContent.Trim()));

        var result = await client.GetAsync(page.Document.QuerySelector("a.govuk-button")!.GetAttribute("href")!);
        Assert.Equal("Prawdopodobnie jesteś osobą z grupy „former relevant care leaver”", result.Document.QuerySelector("h1")!.TextContent);
        Assert.Equal("Twoja historia zdrowia", result.Document.QuerySelector($"a[href='{HealthHistory}']")!.TextContent);
        // A link inside a translated sentence, placed where the translation puts it.
        var groups = result.Document.QuerySelector("a[href='/care-leavers/am-i-a-care-leaver/care-leaver-categories']")!;
        Assert.Equal(("co oznaczają grupy osób opuszczających pieczę", "Przeczytaj co oznaczają grupy osób opuszczających pieczę."), (groups.TextContent, groups.ParentElement!.TextContent));
        Assert.NotNull(result.Document.GetElementById("translation-unchecked"));
    }

    [Fact]
    public async Task Search_InPolish_ListsATranslatedPageByItsPolishTitleAndSummary_AndAnUntranslatedOneInMarkedEnglish()
    {
        var (client, _) = await Start();
        var page = await client.GetAsync("/care-leavers/search?q=emergency+money&lang=pl");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Szukaj w ofercie lokalnej", page.Document.QuerySelector("h1")!.TextContent.Trim());
        var hits = page.Document.QuerySelectorAll(".voice-search-results > li").ToList();
        var translated = hits.Single(h => h.QuerySelector("a")!.GetAttribute("href") == "/care-leavers/money/emergency-help");
        Assert.Equal("Pomoc finansowa w nagłej sytuacji", translated.QuerySelector("h3")!.TextContent.Trim());
        Assert.False(translated.QuerySelector("h3")!.HasAttribute("lang"));
        Assert.StartsWith("Co zrobić, jeśli zabraknie ci pieniędzy", translated.QuerySelector("p")!.TextContent);
        Assert.Null(translated.QuerySelector(".voice-snippet")); // the snippet is the English index's
        // A page with no Polish translation keeps its English title and highlights, marked as English.
        var english = hits.First(h => h.QuerySelector("h3")!.GetAttribute("lang") == "en");
        Assert.Matches("[A-Za-z]", english.QuerySelector("h3")!.TextContent);
        Assert.NotNull(page.Document.GetElementById("translation-unchecked"));
    }

    [Fact]
    public async Task Search_InPolish_WithNothingFound_SaysWhatToDoInPolish_AndSuggestsEnglishSearchesMarkedEnglish()
    {
        var (client, _) = await Start();
        var none = await client.GetAsync("/care-leavers/search?q=pieni%C4%85dze+xyzzy&lang=pl");
        Assert.Equal(HttpStatusCode.OK, none.Status);
        var results = none.Document.GetElementById("search-results")!;
        Assert.Contains("Możesz:", results.TextContent);
        Assert.Contains("przejrzeć tematy lokalnej oferty", results.TextContent);
        Assert.DoesNotContain("You could", results.TextContent);
        Assert.Empty(results.QuerySelectorAll("[lang='en']")); // nothing in it falls back to English

        var empty = await client.GetAsync("/care-leavers/search?q=&lang=pl");
        var examples = empty.Document.GetElementById("search-results")!;
        Assert.StartsWith("Wpisz, czego szukasz", examples.TextContent.Trim());
        // The suggested searches are English words (the index is English), each marked as English.
        Assert.Equal(["health history", "bursary", "somewhere to live"], examples.QuerySelectorAll("a[lang='en']").Select(a => a.TextContent));
    }
}
