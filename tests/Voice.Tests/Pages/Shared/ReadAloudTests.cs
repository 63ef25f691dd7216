using AngleSharp.Dom;
using Voice.Data;
using Voice.Tests.Support;
using Voice.Web.Infrastructure;

namespace Voice.Tests.Pages.Shared;

/// <summary>
/// Read aloud (issue 15, <c>Pages/Shared/_ReadAloud.cshtml</c>) on the complaint form and local offer
/// pages: a voice in the language the words are shown in, saying so when that is the English fallback.
/// Which voices a browser has cannot be tested (headless Chromium has none): these check what the page
/// tells the script.
/// </summary>
public class ReadAloudTests
{
    static async Task<PageClient> Client() => PageClient.For(await TestApps.Get(DatabaseProvider.Sqlite));

    static IElement Button(PageResult page) => page.Document.QuerySelector("main [data-read-aloud]") ?? throw new Xunit.Sdk.XunitException("No read-aloud button on " + page.Title);

    [Fact]
    public async Task AComplaintQuestion_InPolish_IsReadFromTheQuestion_WithAPolishVoice_AndOnlyWithJavaScript()
    {
        var client = await Client();
        var start = await client.GetAsync("/complaints/new?lang=pl");
        var who = await client.FollowAsync(await client.SubmitAsync(start.Form()));
        Assert.EndsWith("/who", who.Response.RequestMessage!.RequestUri!.AbsolutePath);

        var button = Button(who);
        Assert.Equal(("pl", "complaint-question", "Przeczytaj na głos"), (button.GetAttribute("data-lang"), button.GetAttribute("data-read-aloud-from"), button.TextContent.Trim()));
        Assert.Equal("To urządzenie nie ma głosu w tym języku, więc nie może przeczytać tej strony na głos.", button.GetAttribute("data-no-voice"));
        // What it reads holds the question and its text field's label (the script skips the fields themselves).
        var read = who.Document.GetElementById("complaint-question")!;
        Assert.NotNull(read.QuerySelector("h1"));
        Assert.NotNull(read.QuerySelector("label[for=Relationship]"));
        // In Polish, read in Polish: no note about English.
        Assert.Equal("read-aloud-status", button.GetAttribute("aria-describedby"));
        Assert.Null(who.Document.GetElementById("read-aloud-status-language"));
        // Progressive enhancement: hidden unless the page runs JavaScript.
        Assert.Contains("voice-js-only", button.ParentElement!.ClassList);
        Assert.Equal("status", who.Document.GetElementById("read-aloud-status")!.GetAttribute("role"));
    }

    [Fact]
    public async Task EveryComplaintQuestionPage_HasTheButton()
    {
        var client = await Client();
        var start = await client.GetAsync("/complaints/new?lang=ur");
        var page = await client.FollowAsync(await client.SubmitAsync(start.Form()));
        var draft = page.Response.RequestMessage!.RequestUri!.AbsolutePath[..^"/who".Length];
        foreach (var question in new[] { "who", "service", "what-happened", "when", "outcome", "help", "contact" })
        {
            var shown = await client.GetAsync($"{draft}/{question}");
            Assert.Equal("ur", Button(shown).GetAttribute("data-lang"));
            Assert.NotNull(shown.Document.GetElementById("complaint-question"));
        }
    }

    [Fact]
    public async Task ATranslatedLocalOfferPage_InArabic_IsReadInArabic()
    {
        var page = await (await Client()).GetAsync("/care-leavers/money/emergency-help?lang=ar");
        var button = Button(page);
        Assert.Equal(("ar", "offer-page"), (button.GetAttribute("data-lang"), button.GetAttribute("data-read-aloud-from")));
        Assert.Equal("القراءة بصوت عالٍ", button.TextContent.Trim());
        Assert.Null(page.Document.GetElementById("read-aloud-status-language"));
        Assert.NotNull(page.Document.GetElementById("offer-page")!.QuerySelector(".voice-offer-body"));
    }

    [Fact]
    public async Task AnUntranslatedLocalOfferPage_InArabic_IsReadWithAnEnglishVoice_AndSaysSoInArabic()
    {
        var page = await (await Client()).GetAsync("/care-leavers/money/council-tax?lang=ar");
        var button = Button(page);
        Assert.Equal("en", button.GetAttribute("data-lang"));
        var note = page.Document.GetElementById("read-aloud-status-language")!;
        Assert.Equal("هذا النص باللغة الإنجليزية، لذلك ستتم قراءته بصوت عالٍ باللغة الإنجليزية.", note.TextContent.Trim());
        Assert.Equal("read-aloud-status-language read-aloud-status", button.GetAttribute("aria-describedby"));
        // The words it reads are the English ones, marked as such (the script reads only those in data-lang).
        Assert.Equal("en", page.Document.GetElementById("offer-page")!.QuerySelector("h1")!.GetAttribute("lang"));
    }

    [Fact]
    public async Task AnEnglishLocalOfferPage_IsReadInEnglish_WithoutTheNote()
    {
        var page = await (await Client()).GetAsync("/care-leavers/money/council-tax?lang=en");
        Assert.Equal(("en", "Read this out loud"), (Button(page).GetAttribute("data-lang"), Button(page).TextContent.Trim()));
        Assert.Null(page.Document.GetElementById("read-aloud-status-language"));
    }

    [Fact]
    public void NothingToRead_MeansNoButton()
    {
        Assert.False(ReadAloud.Of(null, "en").HasText);
        Assert.False(ReadAloud.Of("  ", "ur").HasText);
        Assert.True(ReadAloud.Of("Hello", "en").HasText);
        Assert.True(ReadAloud.Within("offer-page", "ar").HasText);
    }
}
