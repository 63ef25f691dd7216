using Microsoft.Playwright;
using Voice.Data.Identity;
using Voice.E2E.Support;
using Voice.Tests.Support;

namespace Voice.E2E.Journeys;

/// <summary>
/// A practitioner invites; a young person answers on a keyboard (8–11, JavaScript off) or with
/// JavaScript on (11–17); the practitioner reads and records; the young person sees what happened next.
/// One class per way of answering, so the two run in parallel.
/// </summary>
public abstract class ViewsJourney(string questionnaire, bool javaScript)
{
    [Fact]
    public async Task PractitionerInvites_YoungPersonAnswers_PractitionerRecords_YoungPersonSeesWhatHappened()
    {
        var app = await E2EApp.Shared;
        var (email, password, key) = await app.CreateStaffAsync([Roles.Practitioner], name: "Priya Practitioner");

        // The practitioner makes the invitation.
        await using var practitioner = await Journey.StartAsync(javaScript: true);
        await practitioner.SignInAsync(email, password, key!);
        await practitioner.ClickLinkAsync("Views before reviews");
        await practitioner.ClickLinkAsync("Invite a young person");
        var caseReference = "LAC-" + Random.Shared.Next(10000, 99999);
        await practitioner.FillAsync("Case reference", caseReference);
        await practitioner.FillAsync("Their first name (optional)", "Alex");
        await practitioner.CheckAsync("Looked-after child review");
        var date = TimeProvider.System.GetUtcNow().UtcDateTime.AddDays(10);
        await practitioner.FillAsync("Day", date.Day.ToString());
        await practitioner.FillAsync("Month", date.Month.ToString());
        await practitioner.FillAsync("Year", date.Year.ToString());
        await practitioner.Page.Locator($"input[name=QuestionnaireId][value={questionnaire}]").CheckAsync();
        await practitioner.ClickButtonAsync("Create the invitation");
        var code = await practitioner.Page.GetByTestId("code").InnerTextAsync();

        // The young person answers.
        await using var young = await Journey.StartAsync(javaScript);
        await young.GoToAsync("/views");
        await young.FillAsync("Your code", code);
        await young.ClickButtonAsync("Continue");
        Assert.Contains("Hello Alex", await young.Page.InnerTextAsync("main"));
        await young.ClickButtonAsync("Start now");
        var questions = 0;
        var faces = 0;
        var autosaved = false;
        while (young.Page.Url.Contains("/views/question/"))
        {
            if (await ScreenReader.AssertQuestionAsync(young.Page)) faces++;
            if (javaScript && !autosaved && await young.Page.Locator("#autosave-status").CountAsync() == 1)
            {
                // A long answer is saved as it is typed, and the screen reader hears "saved".
                await ScreenReader.MarkLiveRegionsAsync(young.Page);
                await young.Page.Locator("main textarea[name=Answer]").FillAsync("I like my school.");
                await young.Page.Locator("#autosave-status:not(:empty)").WaitForAsync();
                await ScreenReader.AssertSwapAnnouncedAsync(young.Page, "#autosave-status");
                autosaved = true;
            }
            if (javaScript) await AnswerWithMouseAsync(young);
            else await AnswerWithKeyboardAsync(young);
            questions++;
            Assert.True(questions < 60, "The questionnaire did not end");
        }
        Assert.True(questions >= 10, $"only {questions} questions were asked");
        Assert.True(faces > 0 == (questionnaire == "lac-review-8-11"), $"{faces} questions with faces were checked");
        Assert.True(autosaved == javaScript, "no long answer was saved as it was typed");
        await young.ExpectHeadingAsync("Can we use your answers to make things better for other children?");
        await young.CheckAsync("Yes, you can use them without my name");
        await young.ClickButtonAsync("Continue");
        await young.ExpectHeadingAsync("Check your answers before you send them");
        await young.ClickButtonAsync("Send my answers");
        await young.ExpectHeadingAsync("Your answers have been sent");

        // The practitioner reads them and says what happened.
        await practitioner.GoToAsync("/staff/views");
        await practitioner.ClickLinkAsync($"{caseReference} (Alex)");
        await practitioner.ClickLinkAsync("Read their views");
        await practitioner.ExpectHeadingAsync($"Views for {caseReference} (Alex)");
        await practitioner.FillAsync("Tell them what happened next", "We agreed you can stay where you are and see your nan every month.");
        await practitioner.ClickButtonAsync("Save");
        Assert.Contains("They can read what happened next", await practitioner.Page.InnerTextAsync(".govuk-notification-banner"));

        // Later, the same code shows what happened next.
        await using var later = await Journey.StartAsync(javaScript);
        await later.GoToAsync("/views");
        await later.FillAsync("Your code", code);
        await later.ClickButtonAsync("Continue");
        await later.ExpectHeadingAsync("What happened next");
        Assert.Contains("see your nan every month", await later.Page.GetByTestId("what-happened-next").InnerTextAsync());
    }

    static async Task AnswerWithMouseAsync(Journey journey)
    {
        var page = journey.Page;
        var first = page.Locator("main [name=Answer]").First;
        var type = await first.GetAttributeAsync("type");
        if (type is "radio" or "checkbox") await first.CheckAsync();
        else await first.FillAsync("Things are mostly good. I would like more time with my friends.");
        await journey.ClickButtonAsync("Continue");
    }

    /// <summary>Only the keyboard: Tab to the first answer, Space or typing, then Tab to Continue and Enter.</summary>
    static async Task AnswerWithKeyboardAsync(Journey journey)
    {
        var page = journey.Page;
        var url = page.Url;
        for (var i = 0; i < 40; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<string?>("document.activeElement && document.activeElement.name") == "Answer") break;
        }
        var type = await page.EvaluateAsync<string>("document.activeElement.type || document.activeElement.tagName");
        if (type is "radio" or "checkbox") await page.Keyboard.PressAsync("Space");
        else await page.Keyboard.TypeAsync("It is OK at home.");
        for (var i = 0; i < 40; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if ((await page.EvaluateAsync<string>("document.activeElement.textContent || ''")).Trim() == "Continue") break;
        }
        await journey.ActAndWaitForPageAsync(() => page.Keyboard.PressAsync("Enter"));
        Assert.NotEqual(url, page.Url);
        await journey.CheckPageAsync();
    }
}

public class ViewsJourneyOnAKeyboardWithoutJavaScript() : ViewsJourney("lac-review-8-11", javaScript: false);

public class ViewsJourneyWithJavaScript() : ViewsJourney("lac-review-11-17", javaScript: true);
