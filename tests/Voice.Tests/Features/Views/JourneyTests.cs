using System.Net;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Identity;
using Voice.Tests.Support;

namespace Voice.Tests.Pages.Views;

public class JourneyTests
{
    [Theory, BothDatabases]
    public async Task YoungPerson_AnswersChoosesAndSends_AndThePractitionerIsTold(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var practitioner = await app.CreateStaffAsync([Roles.Practitioner]);
        var worker = await app.CreateStaffAsync([Roles.Practitioner]);
        var (invitation, code) = await ViewsTestData.InviteAsync(app, practitioner, socialWorker: worker);
        var client = PageClient.For(app);

        var start = await client.FollowAsync(await client.GetAsync("/views?code=" + code.ToLowerInvariant().Insert(4, "-")));
        Assert.Equal("My review: what I think", start.Document.QuerySelector("h1")!.TextContent);
        Assert.Contains("Hello Sam", start.Text);
        Assert.Contains("Childline", start.Text);
        Assert.Contains("we will have to tell someone", start.Text);

        var afterQuestions = await ViewsTestData.AnswerEverythingAsync(client, code);
        Assert.Equal("/views/who-can-read-it", afterQuestions.Location);
        var who = await client.GetAsync(afterQuestions.Location!);
        var noChoice = await client.SubmitAsync(who.Form());
        Assert.Equal(["Select if your social worker can read your answers too"], noChoice.Errors);
        var improve = await client.FollowAsync(await client.SubmitAsync(who.Form(), ("Choice", "yes")));
        var check = await client.FollowAsync(await client.SubmitAsync(improve.Form(), ("Choice", "no")));
        Assert.Equal("Check your answers before you send them", check.Document.QuerySelector("h1")!.TextContent);
        Assert.Contains("Yes, Sol Worker can read it too", check.Text);

        var sent = await client.FollowAsync(await client.SubmitAsync(check.Form()));
        Assert.Equal("Your answers have been sent", sent.Document.QuerySelector("h1")!.TextContent);

        await using var db = app.NewDbContext();
        var response = await db.ViewResponses.Include(r => r.Answers).SingleAsync(r => r.InvitationId == invitation.Id);
        Assert.NotNull(response.SubmittedAt);
        Assert.True(response.ShareWithSocialWorker);
        Assert.False(response.UseAnonymously);
        Assert.Matches("^[0-9a-f]{12}$", response.QuestionnaireVersion);
        Assert.Contains(response.Answers, a => a.QuestionId == "come-to-meeting" && a.Value == "all");
        Assert.Single(app.EmailsTo(practitioner.Email));
        Assert.Single(app.EmailsTo(worker.Email));
        Assert.DoesNotContain("Everything is fine", app.EmailsTo(practitioner.Email).Single().Body);

        // After sending, the same code shows the thank-you page, never the questions again.
        var again = PageClient.For(app);
        var back = await again.FollowAsync(await again.GetAsync("/views?code=" + code));
        Assert.Equal("Your answers have been sent", back.Document.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task WrongCode_GetsOneMessage_AndTooManyWrongCodesAreRefused()
    {
        await using var app = await VoiceApplication.StartAsync(DatabaseProvider.Sqlite,
            new Dictionary<string, string?> { ["Voice:Limits:PublicPostsPerMinute"] = "15" });
        var client = PageClient.For(app);
        var page = await client.GetAsync("/views");
        var empty = await client.SubmitAsync(page.Form(), ("Code", ""));
        Assert.Equal(["Enter your code"], empty.Errors);
        PageResult result = page;
        var old = await client.SubmitAsync(page.Form(), ("Code", "ABCD-EFGH"));
        Assert.Contains("Codes with 8 letters and numbers have stopped working", old.Text);
        // The link counts like the form: guessing by address is no way round the limit.
        for (var i = 0; i < 2; i++) result = await client.GetAsync("/views?code=ABCD-EFGH-JKMN");
        for (var i = 0; i < 3; i++) result = await client.SubmitAsync(page.Form(), ("Code", "ABCD-EFGH-JKMN"));
        Assert.Equal(["That code does not work. Check it and try again, or ask the person who gave it to you"], result.Errors);
        var blocked = await client.GetAsync("/views?code=ABCD-EFGH-JKMN");
        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.Status);
        Assert.Equal("Too many tries", blocked.Document.QuerySelector("h1")!.TextContent);
    }

    [Theory, BothDatabases]
    public async Task ExpiredOrStoppedCodes_GetAFriendlyPage(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var practitioner = await app.CreateStaffAsync([Roles.Practitioner]);
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        var (_, expired) = await ViewsTestData.InviteAsync(app, practitioner, eventDate: today.AddDays(-15));
        var (stopped, stoppedCode) = await ViewsTestData.InviteAsync(app, practitioner);
        await using (var db = app.NewDbContext())
        {
            await db.Invitations.Where(i => i.Id == stopped.Id).ExecuteUpdateAsync(s => s.SetProperty(i => i.RevokedAt, app.Clock.GetUtcNow().UtcDateTime));
        }
        var client = PageClient.For(app);
        foreach (var code in new[] { expired, stoppedCode })
        {
            var page = await client.GetAsync("/views?code=" + code);
            Assert.Equal("This code has stopped working", page.Document.QuerySelector("h1")!.TextContent);
        }
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/views/start")).Status);
    }

    [Theory, BothDatabases]
    public async Task EveryQuestion_CanBeSkipped_AsTheStartPagePromises(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var (_, code) = await ViewsTestData.InviteAsync(app, await app.CreateStaffAsync([Roles.Practitioner]));
        var client = PageClient.For(app);
        var start = await client.FollowAsync(await client.GetAsync("/views?code=" + code));
        Assert.Contains("you can skip any question", start.Text);
        // "Do you want to come to your meeting?" and "How do you feel about where you live?" were required.
        foreach (var id in new[] { "come-to-meeting", "feel-where-live" })
        {
            var question = await client.GetAsync("/views/question/" + id);
            Assert.Contains("You do not have to answer this", question.Text);
            var result = await client.SubmitAsync(question.Form(), ("Action", "continue"));
            Assert.Equal(HttpStatusCode.Redirect, result.Status);
            Assert.StartsWith("/views/question/", result.Location);
            Assert.NotEqual("/views/question/" + id, result.Location);
        }
    }

    [Theory, BothDatabases]
    public async Task Progress_DoesNotJumpBack_WhenAnAnswerOpensAFollowUp(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var (_, code) = await ViewsTestData.InviteAsync(app, await app.CreateStaffAsync([Roles.Practitioner]));
        var client = PageClient.For(app);
        await client.GetAsync("/views?code=" + code);
        static (int Number, int Total) Progress(PageResult page)
        {
            var m = System.Text.RegularExpressions.Regex.Match(page.Document.QuerySelector(".govuk-caption-m")!.TextContent, @"Question (\d+) of (\d+)");
            Assert.True(m.Success);
            return (int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value));
        }
        var feelSafe = await client.GetAsync("/views/question/feel-safe");
        var before = Progress(feelSafe);
        // "Not sure" opens a follow-up question.
        var next = await client.FollowAsync(await client.SubmitAsync(feelSafe.Form(), ("Action", "continue"), ("Answer", "not-sure")));
        var after = Progress(next);
        Assert.Equal(before.Number + 1, after.Number);
        Assert.True(after.Total <= before.Total, $"{before} then {after}");
    }

    [Theory, BothDatabases]
    public async Task SaveAndComeBackLater_KeepsAnswers_ForTheSameCodeOnAnotherDevice(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var (_, code) = await ViewsTestData.InviteAsync(app, await app.CreateStaffAsync([Roles.Practitioner]));
        var phone = PageClient.For(app);
        await phone.GetAsync("/views?code=" + code);
        var question = await phone.GetAsync("/views/question/come-to-meeting");
        var saved = await phone.SubmitAsync(question.Form(), ("Action", "save-and-leave"), ("Answer", "part"));
        Assert.Equal("/views/saved", saved.Location);

        var laptop = PageClient.For(app);
        var start = await laptop.FollowAsync(await laptop.GetAsync("/views?code=" + code));
        Assert.Contains("Carry on", start.Document.QuerySelector("a.govuk-button--start")!.TextContent);
        var again = await laptop.GetAsync("/views/question/come-to-meeting");
        Assert.NotNull(again.Document.QuerySelector("input[value=part][checked]"));
    }

    [Theory, BothDatabases]
    public async Task WordsSuggestingHarm_RaiseAFlag_TellSafeguardingDuty_AndShowSupport(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var duty = await app.CreateStaffAsync([Roles.SafeguardingDuty]);
        var (invitation, code) = await ViewsTestData.InviteAsync(app, await app.CreateStaffAsync([Roles.Practitioner]), questionnaire: "lac-review-11-17");
        var client = PageClient.For(app);
        await client.GetAsync("/views?code=" + code);
        var definition = Voice.Data.Feedback.Questionnaires.QuestionnaireLoader.Load(Path.Combine(TestPaths.Content, "questionnaires", "lac-review-11-17.json"));
        var longText = definition.Questions.First(q => q.Type == Voice.Data.Feedback.Questionnaires.QuestionType.LongText && q.Condition is null);
        var question = await client.GetAsync("/views/question/" + longText.Id);
        Assert.DoesNotContain("Thank you for telling us", question.Text);
        var next = await client.FollowAsync(await client.SubmitAsync(question.Form(), ("Action", "continue"), ("Answer", "my stepdad hits me when mum is out")));
        Assert.Contains("Thank you for telling us", next.Text);
        Assert.Contains("0800 1111", next.Text);

        await using var db = app.NewDbContext();
        var response = await db.ViewResponses.SingleAsync(r => r.InvitationId == invitation.Id);
        var flags = await db.SafeguardingFlags.Where(f => f.ResponseId == response.Id).ToListAsync();
        Assert.NotEmpty(flags);
        Assert.All(flags, f => Assert.Null(f.Decision));
        Assert.All(flags, f => Assert.True(f.DueAt > f.RaisedAt));
        var email = app.EmailsTo(duty.Email).Last();
        Assert.DoesNotContain("stepdad", email.Body);
    }

    [Fact]
    public async Task ScriptInAnAnswer_IsShownAsText()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var (_, code) = await ViewsTestData.InviteAsync(app, await app.CreateStaffAsync([Roles.Practitioner]), questionnaire: "lac-review-11-17");
        var client = PageClient.For(app);
        var result = await ViewsTestData.AnswerEverythingAsync(client, code, _ => "<script>alert('x')</script>");
        var improve = await client.GetAsync(result.Location!);
        var check = await client.FollowAsync(await client.SubmitAsync(improve.Form(), ("Choice", "yes")));
        Assert.Contains("<script>alert('x')</script>", check.Text);
        Assert.Empty(check.Document.QuerySelectorAll("main script"));
    }

    [Fact]
    public async Task TooLongAnswer_IsRefusedClearly()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var (_, code) = await ViewsTestData.InviteAsync(app, await app.CreateStaffAsync([Roles.Practitioner]), questionnaire: "lac-review-11-17");
        var client = PageClient.For(app);
        await client.GetAsync("/views?code=" + code);
        var definition = Voice.Data.Feedback.Questionnaires.QuestionnaireLoader.Load(Path.Combine(TestPaths.Content, "questionnaires", "lac-review-11-17.json"));
        var longText = definition.Questions.First(q => q.Type == Voice.Data.Feedback.Questionnaires.QuestionType.LongText && q.Condition is null);
        var page = await client.GetAsync("/views/question/" + longText.Id);
        var result = await client.SubmitAsync(page.Form(), ("Action", "continue"), ("Answer", new string('a', longText.MaxLength!.Value + 1)));
        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal([$"Your answer must be {longText.MaxLength} characters or fewer"], result.Errors);
    }

    [Fact]
    public async Task Autosave_WithHtmx_SavesTheLongAnswer()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var (invitation, code) = await ViewsTestData.InviteAsync(app, await app.CreateStaffAsync([Roles.Practitioner]), questionnaire: "lac-review-11-17");
        var client = PageClient.For(app);
        await client.GetAsync("/views?code=" + code);
        var definition = Voice.Data.Feedback.Questionnaires.QuestionnaireLoader.Load(Path.Combine(TestPaths.Content, "questionnaires", "lac-review-11-17.json"));
        var longText = definition.Questions.First(q => q.Type == Voice.Data.Feedback.Questionnaires.QuestionType.LongText && q.Condition is null);
        var page = await client.GetAsync("/views/question/" + longText.Id);
        var token = page.Document.QuerySelector("meta[name='request-verification-token']")!.GetAttribute("content")!;
        var autosave = page.Document.QuerySelector("textarea[name=Answer]")!.GetAttribute("hx-post")!;
        var result = await client.PostAsync(autosave, [new("Answer", "half a thought")],
            new Dictionary<string, string> { ["RequestVerificationToken"] = token, ["HX-Request"] = "true" });
        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains("HX-Request", result.Response.Headers.Vary);
        await using var db = app.NewDbContext();
        var response = await db.ViewResponses.Include(r => r.Answers).SingleAsync(r => r.InvitationId == invitation.Id);
        Assert.Contains(response.Answers, a => a.QuestionId == longText.Id && a.Value == "half a thought");
        Assert.Null(response.SubmittedAt);
    }
}
