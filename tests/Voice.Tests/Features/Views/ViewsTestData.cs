using Voice.Data.Feedback.Views;
using Voice.Tests.Support;

namespace Voice.Tests.Pages.Views;

/// <summary>Invitations made straight in the database, with the code the test needs to type.</summary>
public static class ViewsTestData
{
    public static async Task<(Invitation Invitation, string Code)> InviteAsync(VoiceApplication app, StaffAccount practitioner,
        string questionnaire = "lac-review-8-11", StaffAccount? socialWorker = null, DateOnly? eventDate = null, string? firstName = "Sam")
    {
        var code = Voice.Data.Access.AccessCodes.NewCode();
        var date = eventDate ?? DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(10);
        var invitation = new Invitation
        {
            Id = Guid.NewGuid(), CaseReference = "CASE-" + Random.Shared.Next(100000, 999999), FirstName = firstName,
            EventType = "looked-after-review", EventDate = date, QuestionnaireId = questionnaire, CodeHash = Hash(app, code),
            ExpiresOn = date.AddDays(14), CreatedAt = app.Clock.GetUtcNow().UtcDateTime, CreatedById = practitioner.Id, CreatedByName = "Priya Practitioner",
            SocialWorkerId = socialWorker?.Id, SocialWorkerName = socialWorker is null ? null : "Sol Worker",
        };
        await using var db = app.NewDbContext();
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync();
        return (invitation, code);
    }

    /// <summary>The stored form of a code, by the app's own key.</summary>
    public static string Hash(VoiceApplication app, string code) =>
        Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Voice.Data.Access.AccessCodes>(app.Services).Hash(code);

    /// <summary>Opens the journey with the code and answers every question with the first option or the given text.</summary>
    public static async Task<PageResult> AnswerEverythingAsync(PageClient client, string code, Func<string, string?>? textFor = null)
    {
        var page = await client.FollowAsync(await client.GetAsync("/views?code=" + code));
        var next = page.Document.QuerySelector("a.govuk-button--start")!.GetAttribute("href")!;
        page = await client.GetAsync(next);
        for (var i = 0; i < 80 && page.Document.QuerySelector("form input[name=Answer], form textarea[name=Answer]") is not null; i++)
        {
            var form = page.Form();
            var first = page.Document.QuerySelector("[name=Answer]")!;
            var field = first.GetAttribute("type") is "radio" or "checkbox"
                ? ("Answer", first.GetAttribute("value")!)
                : ("Answer", textFor?.Invoke(page.Document.QuerySelector("h1")!.TextContent.Trim()) ?? "Everything is fine");
            var result = await client.SubmitAsync(form, ("Action", "continue"), field);
            if (result.Location is null) throw new InvalidOperationException("Question not accepted: " + string.Join("; ", result.Errors));
            if (!result.Location.StartsWith("/views/question/", StringComparison.Ordinal)) return result;
            page = await client.GetAsync(result.Location);
        }
        throw new InvalidOperationException("The questionnaire did not end");
    }

    /// <summary>The young person answers with the first option everywhere and sends.</summary>
    public static async Task SendAsync(VoiceApplication app, string code, bool? shareWithSocialWorker, string? text = null)
    {
        var client = PageClient.For(app);
        var result = await ViewsTestData.AnswerEverythingAsync(client, code, text is null ? null : _ => text);
        var page = await client.GetAsync(result.Location!);
        if (shareWithSocialWorker is { } share)
            page = await client.FollowAsync(await client.SubmitAsync(page.Form(), ("Choice", share ? "yes" : "no")));
        var check = await client.FollowAsync(await client.SubmitAsync(page.Form(), ("Choice", "yes")));
        var sent = await client.FollowAsync(await client.SubmitAsync(check.Form()));
        if (!sent.Text.Contains("Your answers have been sent")) throw new InvalidOperationException("Not sent: " + sent.Title);
    }
}
