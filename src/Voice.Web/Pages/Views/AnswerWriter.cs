using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Feedback.Questionnaires;
using Voice.Data.Feedback.Safeguarding;
using Voice.Data.Feedback.Views;
using Voice.Data.Identity;
using Voice.Web.Api;

namespace Voice.Web.Pages.Views;

/// <summary>
/// Saves a young person's answer and screens any free text the moment it is saved. Text that
/// may suggest harm raises a safeguarding flag, due by the end of the working day, and tells
/// the safeguarding duty team (the email holds no words from the answer).
/// </summary>
public class AnswerWriter(
    VoiceDbContext db, SafeguardingScreen screen, CalendarService calendars, Voice.Data.Outbox.Outbox outbox,
    UserManager<VoiceUser> users, Voice.Data.Calendar.UkClock clock, LinkGenerator links, Voice.Web.Infrastructure.SiteUrl siteUrl, ILogger<AnswerWriter> log)
{
    /// <summary>Saves the values (an empty list records that the question was seen and left blank). Returns true when the text was flagged.</summary>
    public async Task<bool> SaveAsync(ViewSession.Current current, Question question, IReadOnlyList<string> values, CancellationToken ct)
    {
        var now = clock.UtcNow;
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
            response.Answers.Add(new ViewAnswer { ResponseId = response.Id, QuestionId = question.Id, Ordinal = i, Value = rows[i] });

        var flagged = false;
        if (question.Type is QuestionType.ShortText or QuestionType.LongText or QuestionType.PeopleList)
        {
            var result = screen.Screen(string.Join("\n", values));
            if (result.Flag && result.Top is { } top)
            {
                flagged = true;
                var alreadyOpen = await db.SafeguardingFlags.AnyAsync(f => f.ResponseId == response.Id && f.QuestionId == question.Id
                                                                          && f.RuleId == top.RuleId && f.Decision == null, ct);
                if (!alreadyOpen)
                {
                    var calendar = await calendars.GetAsync(db, ct);
                    db.SafeguardingFlags.Add(new SafeguardingFlag
                    {
                        Id = Guid.NewGuid(), ResponseId = response.Id, QuestionId = question.Id, Tier = result.Tier ?? top.Tier,
                        Category = top.Category, RuleId = top.RuleId, LexiconVersion = result.LexiconVersion,
                        MatchedText = Truncate(top.Text, 500), RaisedAt = now, DueAt = DueBy(now, calendar.IsWorkingDay, calendar.NextWorkingDay),
                    });
                    await TellSafeguardingDutyAsync(ct);
                    await db.SaveChangesAsync(ct);
                    return true;
                }
            }
        }
        await db.SaveChangesAsync(ct);
        return flagged;
    }

    /// <summary>5pm London time the same working day, or the next working day when raised after 5pm or on a day off.</summary>
    public static DateTime DueBy(DateTime raisedUtc, Func<DateOnly, bool> isWorkingDay, Func<DateOnly, DateOnly> nextWorkingDay)
    {
        var local = Voice.Data.Calendar.UkClock.ToUk(raisedUtc);
        var day = DateOnly.FromDateTime(local);
        if (!isWorkingDay(day) || local.Hour >= 17) day = nextWorkingDay(day);
        return Voice.Data.Calendar.UkClock.UtcAt(day, new TimeOnly(17, 0));
    }

    async Task TellSafeguardingDutyAsync(CancellationToken ct)
    {
        var link = siteUrl.Absolute(links.GetPathByPage("/Safeguarding/Index", values: new { area = "Staff" })!);
        foreach (var person in await users.GetUsersInRoleAsync(Roles.SafeguardingDuty))
        {
            if (person.IsDisabled || person.Email is null) continue;
            outbox.Email("safeguarding-flag", person.Email, "A young person's words need checking today",
                $"Something a young person wrote in Voice may suggest they or someone else is at risk. Please check it today in the safeguarding queue: {link}\n\nThis email does not include their words.");
        }
        log.LogWarning("Safeguarding flag raised; safeguarding duty told");
    }

    static string Truncate(string s, int max) => s.Length <= max ? s : s[..max];
}
