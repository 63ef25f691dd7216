using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Voice.Data;
using Voice.Data.Feedback.Questionnaires;
using Voice.Data.Identity;
using Voice.Tests.Support;
using Voice.Web.Features.Views;

namespace Voice.Tests.Pages.Views;

public class AnswerWriterTests
{
    /// <summary>
    /// Autosave and Continue can save the same answer at the same moment, each having read the
    /// answers before the other wrote. Neither may fail (the young person would see an error page):
    /// the later write wins.
    /// </summary>
    [Theory, BothDatabases]
    public async Task TwoSavesOfOneAnswerAtOnce_BothSucceed_AndTheLaterIsKept(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var (invitation, _) = await ViewsTestData.InviteAsync(app, await app.CreateStaffAsync([Roles.Practitioner]), questionnaire: "lac-review-11-17");

        // No response yet: both requests create one.
        await SaveTogetherAsync(app, invitation.Id, "half a thought", "the whole thought");
        Assert.Equal(["the whole thought"], await AnswersAsync(app, invitation.Id));

        // A response now exists: both requests change it.
        await SaveTogetherAsync(app, invitation.Id, "changed my mind", "changed it again");
        Assert.Equal(["changed it again"], await AnswersAsync(app, invitation.Id));
    }

    static async Task SaveTogetherAsync(VoiceApplication app, Guid invitationId, string first, string second)
    {
        using var one = app.Services.CreateScope();
        using var two = app.Services.CreateScope();
        var (currentOne, question) = await LoadAsync(one, invitationId);
        var (currentTwo, _) = await LoadAsync(two, invitationId);
        await one.ServiceProvider.GetRequiredService<AnswerWriter>().SaveAsync(currentOne, question, [first], default);
        await two.ServiceProvider.GetRequiredService<AnswerWriter>().SaveAsync(currentTwo, question, [second], default);
    }

    static async Task<(ViewSession.Current, Question)> LoadAsync(IServiceScope scope, Guid invitationId)
    {
        var db = scope.ServiceProvider.GetRequiredService<VoiceDbContext>();
        var invitation = await db.Invitations.Include(i => i.Response).ThenInclude(r => r!.Answers).SingleAsync(i => i.Id == invitationId);
        Assert.True(scope.ServiceProvider.GetRequiredService<QuestionnaireCatalog>().TryGet(invitation.QuestionnaireId, out var definition));
        return (new ViewSession.Current(invitation, definition!), definition!.Questions.First(q => q.Type == QuestionType.LongText && q.Condition is null));
    }

    static async Task<string[]> AnswersAsync(VoiceApplication app, Guid invitationId)
    {
        await using var db = app.NewDbContext();
        var response = await db.ViewResponses.Include(r => r.Answers).SingleAsync(r => r.InvitationId == invitationId);
        var question = response.Answers.Select(a => a.QuestionId).Distinct().Single();
        return response.Answers.Where(a => a.QuestionId == question).OrderBy(a => a.Ordinal).Select(a => a.Value).ToArray();
    }
}
