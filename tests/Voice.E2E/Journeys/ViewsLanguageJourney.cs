using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Voice.Data.Feedback.Views;
using Voice.Data.Identity;
using Voice.E2E.Support;

namespace Voice.E2E.Journeys;

/// <summary>
/// Languages (issue 15): a young person who reads Urdu answers the 11–17 questionnaire in Urdu on
/// a phone without JavaScript, and staff see the answers named as Urdu; axe passes on the views
/// pages in every language.
/// </summary>
public class ViewsLanguageJourney
{
    [Fact]
    public async Task UrduSpeaker_AnswersInUrdu_OnAPhoneWithoutJavaScript_AndStaffSeeTheAnswersMarkedUrdu()
    {
        var app = await E2EApp.Shared;
        var (email, password, key) = await app.CreateStaffAsync([Roles.Practitioner], name: "Priya Practitioner");
        var (invitationId, code) = await InviteAsync(app, email);

        await using var young = await Journey.StartAsync(javaScript: false, Journey.Phone);
        // axe needs JavaScript: each page's HTML is copied into a page that has it.
        await using var scanner = await Journey.StartAsync(javaScript: true, Journey.Phone);
        async Task ExpectUrduAsync()
        {
            Assert.Equal(("ur", "rtl"), (await young.Page.Locator("html").GetAttributeAsync("lang"), await young.Page.Locator("html").GetAttributeAsync("dir")));
            var violations = await AxeScan.ViolationsOfCopyAsync(scanner.Page, await young.Page.ContentAsync());
            Assert.True(violations.Count == 0, $"Accessibility violations on {young.Page.Url}:\n" + string.Join("\n", violations));
        }

        await young.GoToAsync("/views?lang=ur");
        await young.ExpectHeadingAsync("ہمیں بتائیں آپ کیا سوچتے ہیں");
        await ExpectUrduAsync();
        await young.FillAsync("آپ کا کوڈ", code);
        await young.ClickButtonAsync("جاری رکھیں");
        await young.ExpectHeadingAsync("میرا جائزہ: میری رائے");
        Assert.Contains("اس ترجمے کی ابھی جانچ نہیں ہوئی۔", await young.Page.Locator("#translation-unchecked").InnerTextAsync());
        await ExpectUrduAsync();
        await young.ClickButtonAsync("شروع کریں");

        await young.ExpectHeadingAsync("کیا آپ اپنی جائزہ میٹنگ میں آنا چاہتے ہیں؟");
        var questions = 0;
        while (young.Page.Url.Contains("/views/question/"))
        {
            await ExpectUrduAsync();
            Assert.Contains($"سوال {questions + 1} از ", await young.Page.Locator("#question-progress").InnerTextAsync());
            var first = young.Page.Locator("main [name=Answer]").First;
            if (await first.GetAttributeAsync("type") is "radio" or "checkbox") await first.CheckAsync();
            else await first.FillAsync("اسکول میں سب ٹھیک ہے۔ مجھے اپنے دوستوں کے ساتھ زیادہ وقت چاہیے۔");
            await young.ClickButtonAsync("جاری رکھیں");
            Assert.True(++questions < 60, "The questionnaire did not end");
        }
        Assert.True(questions >= 10, $"only {questions} questions were asked");

        await young.ExpectHeadingAsync("کیا ہم آپ کے جواب دوسرے بچوں کے لیے چیزیں بہتر بنانے میں استعمال کر سکتے ہیں؟");
        await ExpectUrduAsync();
        await young.CheckAsync("ہاں، آپ انہیں میرے نام کے بغیر استعمال کر سکتے ہیں");
        await young.ClickButtonAsync("جاری رکھیں");
        await young.ExpectHeadingAsync("بھیجنے سے پہلے اپنے جواب دیکھیں");
        await ExpectUrduAsync();
        await young.ClickButtonAsync("میرے جواب بھیجیں");
        await young.ExpectHeadingAsync("آپ کے جواب بھیج دیے گئے ہیں");
        Assert.Contains("اب کیا ہو گا", await young.Page.InnerTextAsync("main"));
        await ExpectUrduAsync();

        await using var practitioner = await Journey.StartAsync(javaScript: true);
        await practitioner.SignInAsync(email, password, key!);
        await practitioner.GoToAsync($"/staff/views/{invitationId}/answers");
        Assert.Equal("en", await practitioner.Page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("Answered in Urdu", (await practitioner.Page.Locator("[data-answered-in=ur]").First.InnerTextAsync()).Trim());
        var said = practitioner.Page.Locator("[data-question=gone-well]");
        Assert.Equal(("ur", "rtl"), (await said.GetAttributeAsync("lang"), await said.GetAttributeAsync("dir")));
        Assert.Contains("اسکول میں سب ٹھیک ہے", await said.InnerTextAsync());
    }

    [Fact]
    public async Task TheCodePage_PassesAxe_InEveryLanguage()
    {
        await using var reader = await Journey.StartAsync(javaScript: true);
        foreach (var (code, heading) in new[]
        {
            ("pl", "Powiedz nam, co myślisz"), ("lt", "Pasakyk mums, ką galvoji"), ("ro", "Spune-ne ce crezi"),
            ("pt", "Diz-nos o que pensas"), ("ur", "ہمیں بتائیں آپ کیا سوچتے ہیں"), ("ar", "أخبرنا برأيك"),
        })
        {
            await reader.GoToAsync($"/views?lang={code}");
            await reader.ExpectHeadingAsync(heading);
            Assert.Equal(code, await reader.Page.Locator("html").GetAttributeAsync("lang"));
            var violations = await AxeScan.ViolationsAsync(reader.Page);
            Assert.True(violations.Count == 0, $"Accessibility violations on /views in {code}:\n" + string.Join("\n", violations));
        }
    }

    /// <summary>An invitation to the 11–17 questionnaire made straight in the database, and its code.</summary>
    static async Task<(Guid Id, string Code)> InviteAsync(E2EApp app, string practitionerEmail)
    {
        using var scope = app.App.Services.CreateScope();
        var practitioner = (await scope.ServiceProvider.GetRequiredService<UserManager<VoiceUser>>().FindByEmailAsync(practitionerEmail))!;
        var code = Voice.Data.Access.AccessCodes.NewCode();
        var date = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddDays(10);
        var invitation = new Invitation
        {
            Id = Guid.NewGuid(), CaseReference = "LAC-" + Random.Shared.Next(10000, 99999), EventType = "looked-after-review", EventDate = date,
            QuestionnaireId = "lac-review-11-17", CodeHash = scope.ServiceProvider.GetRequiredService<Voice.Data.Access.AccessCodes>().Hash(code),
            ExpiresOn = date.AddDays(14), CreatedAt = TimeProvider.System.GetUtcNow().UtcDateTime, CreatedById = practitioner.Id, CreatedByName = "Priya Practitioner",
        };
        var db = scope.ServiceProvider.GetRequiredService<Voice.Data.VoiceDbContext>();
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync();
        return (invitation.Id, code);
    }
}
