using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Feedback.Questionnaires;
using Voice.Data.Feedback.Safeguarding;
using Voice.Data.Feedback.Views;
using Voice.Web.Features.Safeguarding;

namespace Voice.Web.Features.Views;

/// <summary>
/// Saves a young person's answer and screens any free text the moment it is saved, through the
/// one safeguarding entry point (<see cref="SafeguardingIntake"/>).
/// </summary>
public class AnswerWriter(VoiceDbContext db, SafeguardingIntake intake, TimeProvider clock, Voice.Web.Infrastructure.Languages.PageText text)
{
    /// <summary>
    /// Saves the values (an empty list records that the question was seen and left blank), with the
    /// language of the page they were given on. Returns true when the text was flagged.
    /// </summary>
    public async Task<bool> SaveAsync(ViewSession.Current current, Question question, IReadOnlyList<string> values, CancellationToken ct)
    {
        // Autosave and Continue (or a second press) can save the same answer at the same moment.
        // The one that loses reloads what the other saved and writes again: the last write wins
        // and the young person never sees an error.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (current.Submitted) return false;
                await WriteAsync(current, question, values, ct);
                break;
            }
            catch (DbUpdateException) when (attempt < 3 && !ct.IsCancellationRequested)
            {
                db.ChangeTracker.Clear();
                current.Invitation.Response = await db.ViewResponses.Include(r => r.Answers)
                    .SingleOrDefaultAsync(r => r.InvitationId == current.Invitation.Id, ct);
            }
        }
        if (question.Type is not (QuestionType.ShortText or QuestionType.LongText or QuestionType.PeopleList)) return false;
        var response = current.Response!;
        var result = await intake.ScreenAsync(new FreeText(
            FreeTextSources.View, response.Id.ToString(), $"Case {current.Invitation.CaseReference}",
            question.Id, question.Text.En, string.Join("\n", values), response.Id), ct);
        return result.Flag;
    }

    async Task WriteAsync(ViewSession.Current current, Question question, IReadOnlyList<string> values, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var response = current.Response;
        if (response is null)
        {
            response = new ViewResponse
            {
                Id = Guid.NewGuid(), InvitationId = current.Invitation.Id, QuestionnaireId = current.Definition.Id,
                QuestionnaireVersion = current.Definition.Version, StartedAt = now,
            };
            current.Invitation.Response = response;
            db.ViewResponses.Add(response);
        }
        response.UpdatedAt = now;
        db.ViewAnswers.RemoveRange(response.Answers.Where(a => a.QuestionId == question.Id));
        response.Answers.RemoveAll(a => a.QuestionId == question.Id);
        var rows = values.Count == 0 ? [""] : values;
        for (var i = 0; i < rows.Count; i++)
            response.Answers.Add(new ViewAnswer { ResponseId = response.Id, QuestionId = question.Id, Ordinal = i, Value = rows[i], Language = text.Language.Code });

        await db.SaveChangesAsync(ct);
    }

    /// <summary>5pm London time the same working day, or the next working day when raised after 5pm or on a day off.</summary>
    public static DateTime DueBy(DateTime raisedUtc, Func<DateOnly, bool> isWorkingDay, Func<DateOnly, DateOnly> nextWorkingDay) =>
        SafeguardingDeadlines.DueBy(raisedUtc, isWorkingDay, nextWorkingDay);
}
