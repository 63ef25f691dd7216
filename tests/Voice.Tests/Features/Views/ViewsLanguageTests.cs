using System.Net;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Identity;
using Voice.Tests.Support;

namespace Voice.Tests.Pages.Views;

/// <summary>The views journey in another language (issue 15): its pages, the questionnaire, and answers named to staff.</summary>
public class ViewsLanguageTests
{
    [Fact]
    public async Task WithLangPl_TheCodePageStartAndQuestionAreInPolish_AndMarkedUnchecked()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var practitioner = await app.CreateStaffAsync([Roles.Practitioner]);
        var (_, code) = await ViewsTestData.InviteAsync(app, practitioner, questionnaire: "lac-review-11-17");
        var client = PageClient.For(app);

        var enter = await client.GetAsync("/views?lang=pl");
        Assert.Equal("Powiedz nam, co myślisz", enter.Document.QuerySelector("h1")!.TextContent);
        Assert.Equal("Twój kod", enter.Document.QuerySelector("label[for=Code]")!.TextContent.Trim());
        var empty = await client.SubmitAsync(enter.Form());
        Assert.Equal(["Wpisz swój kod"], empty.Errors);

        var start = await client.FollowAsync(await client.GetAsync("/views?code=" + code));
        Assert.Equal(("pl", "ltr"), (start.Document.DocumentElement.GetAttribute("lang"), start.Document.DocumentElement.GetAttribute("dir")));
        Assert.Equal("Mój przegląd: moje zdanie", start.Document.QuerySelector("h1")!.TextContent);
        Assert.Contains("Cześć Sam.", start.Text);
        Assert.NotNull(start.Document.GetElementById("translation-unchecked"));
        Assert.Equal("pl", start.Document.QuerySelector("[data-read-aloud]")!.GetAttribute("data-lang"));

        var question = await client.GetAsync(start.Document.QuerySelector("a.govuk-button--start")!.GetAttribute("href")!);
        Assert.Equal("Czy chcesz przyjść na spotkanie o twoim przeglądzie?", question.Document.QuerySelector("h1")!.TextContent);
        Assert.StartsWith("Pytanie 1 z ", question.Title);
        Assert.Contains("Pytanie 1 z", question.Document.GetElementById("question-progress")!.TextContent);
        Assert.Equal("Tak, na całe", question.Document.QuerySelector("label[for=Answer]")!.TextContent.Trim());
        Assert.Contains("Zapisz i wróć później", question.Text);
        Assert.Null(question.Document.QuerySelector("main [lang=en]"));
    }

    [Theory, BothDatabases]
    public async Task AnUrduSpeaker_AnswersInUrdu_TheAnswersAreStoredAsUrdu_AndStaffSeeThemNamedAndMarked(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var practitioner = await app.CreateStaffAsync([Roles.Practitioner]);
        var (invitation, code) = await ViewsTestData.InviteAsync(app, practitioner, questionnaire: "lac-review-11-17");
        var client = PageClient.For(app);
        await client.GetAsync("/views?lang=ur");

        const string words = "اسکول میں سب ٹھیک ہے";
        var afterQuestions = await ViewsTestData.AnswerEverythingAsync(client, code, _ => words);
        var improve = await client.GetAsync(afterQuestions.Location!);
        Assert.Equal(("ur", "rtl"), (improve.Document.DocumentElement.GetAttribute("lang"), improve.Document.DocumentElement.GetAttribute("dir")));
        var none = await client.SubmitAsync(improve.Form());
        Assert.Equal(["چنیں کہ کیا ہم آپ کے جواب چیزیں بہتر بنانے کے لیے استعمال کر سکتے ہیں"], none.Errors);
        var check = await client.FollowAsync(await client.SubmitAsync(improve.Form(), ("Choice", "yes")));
        Assert.Equal("بھیجنے سے پہلے اپنے جواب دیکھیں", check.Document.QuerySelector("h1")!.TextContent);
        Assert.Contains("ہاں، پوری میٹنگ میں", check.Text);
        var sent = await client.FollowAsync(await client.SubmitAsync(check.Form()));
        Assert.Equal("آپ کے جواب بھیج دیے گئے ہیں", sent.Document.QuerySelector("h1")!.TextContent);

        await using (var db = app.NewDbContext())
        {
            var answers = (await db.ViewResponses.Include(r => r.Answers).SingleAsync(r => r.InvitationId == invitation.Id)).Answers;
            Assert.NotEmpty(answers);
            Assert.All(answers, a => Assert.Equal("ur", a.Language));
        }

        var staff = PageClient.For(app);
        await staff.SignInAsync(practitioner);
        var page = await staff.GetAsync($"/staff/views/{invitation.Id}/answers");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("en", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Answered in Urdu", page.Document.QuerySelector("[data-answered-in=ur]")!.TextContent.Trim());
        var said = page.Document.QuerySelector("[data-question=gone-well]")!;
        Assert.Equal((words, "ur", "rtl"), (said.TextContent, said.GetAttribute("lang"), said.GetAttribute("dir")));
        // Questions and chosen answers are shown to staff in English.
        Assert.Contains("What has gone well since your last review?", page.Text);
        Assert.Contains("Yes, for all of it", page.Text);

        var stranger = PageClient.For(app);
        await stranger.SignInAsync(await app.CreateStaffAsync([Roles.Practitioner]));
        Assert.StartsWith("/account/access-denied", (await stranger.GetAsync($"/staff/views/{invitation.Id}/answers")).Location);
    }

    [Fact]
    public async Task AQuestionnaireWithoutAnUrduTranslation_OnTheUrduCheckPage_IsMarkedEnglishAndLeftToRight()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var practitioner = await app.CreateStaffAsync([Roles.Practitioner]);
        var (_, code) = await ViewsTestData.InviteAsync(app, practitioner, questionnaire: "lac-review-8-11");
        var client = PageClient.For(app);
        await client.GetAsync("/views?lang=ur");
        var afterQuestions = await ViewsTestData.AnswerEverythingAsync(client, code, _ => "سب ٹھیک ہے");
        var improve = await client.GetAsync(afterQuestions.Location!);
        var check = await client.FollowAsync(await client.SubmitAsync(improve.Form(), ("Choice", "yes")));
        Assert.Equal(("ur", "rtl"), (check.Document.DocumentElement.GetAttribute("lang"), check.Document.DocumentElement.GetAttribute("dir")));
        Assert.False(check.Document.QuerySelector("h1")!.HasAttribute("lang")); // the page's own words are Urdu

        var keys = check.Document.QuerySelectorAll(".govuk-summary-list__key").Take(3).ToList();
        Assert.NotEmpty(keys);
        // The questions are the questionnaire's English: each marked, so a screen reader reads them as English, left to right.
        Assert.All(keys, k => Assert.Equal(("en", "ltr"), (k.GetAttribute("lang"), k.GetAttribute("dir"))));
        // A chosen option is the questionnaire's English too; typed words are the young person's own, unmarked.
        var values = check.Document.QuerySelectorAll(".govuk-summary-list__value").ToList();
        Assert.True(values.Any(v => v.GetAttribute("lang") == "en" && v.GetAttribute("dir") == "ltr"), string.Join(" | ", values.Select(v => v.OuterHtml)));
        Assert.True(values.Any(v => v.TextContent.Trim() == "سب ٹھیک ہے" && !v.HasAttribute("lang")), string.Join(" | ", values.Select(v => v.OuterHtml)));
    }
}
