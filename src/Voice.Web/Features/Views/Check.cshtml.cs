using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Voice.Data;
using Voice.Data.Audit;
using Voice.Data.Feedback.Questionnaires;
using Voice.Data.Identity;

namespace Voice.Web.Features.Views;

/// <summary>Everything they said, with change links and their choices, then Send.</summary>
[AllowAnonymous]
public class CheckModel(ViewSession session, VoiceDbContext db, ViewLinks links, AuditWriter audit, Voice.Data.Outbox.Outbox outbox,
    UserManager<VoiceUser> users, LinkGenerator linkGenerator, TimeProvider clock, Voice.Web.Infrastructure.SiteUrl siteUrl,
    Voice.Web.Infrastructure.Languages.PageText text) : PageModel
{
    public ViewSession.Current Current { get; private set; } = null!;
    public IReadOnlyList<(Question Question, string Answer)> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } redirect) return redirect;
        var response = Current.Response!;
        response.SubmittedAt = clock.GetUtcNow().UtcDateTime;
        audit.Add(AuditActor.Public, "Young person sent their views", "ViewResponse", response.Id.ToString());

        var invitation = Current.Invitation;
        var readers = new List<string> { invitation.CreatedById };
        if (response.ShareWithSocialWorker == true && invitation.SocialWorkerId is not null) readers.Add(invitation.SocialWorkerId);
        var path = siteUrl.Absolute(linkGenerator.GetPathByPage("/Views/Answers", values: new { area = "Staff", id = invitation.Id })!);
        foreach (var id in readers.Distinct())
        {
            if (await users.FindByIdAsync(id) is not { Email: { } address, IsDisabled: false }) continue;
            outbox.Email("views-sent", address, "New views to read before a meeting",
                $"A young person has sent their views for case {invitation.CaseReference} before the meeting on {invitation.EventDate:d MMMM yyyy}. Read them in Voice: {path}");
        }
        // Sending ends the session, here and on any other device (the answers may have been typed on
        // a shared computer): the next page reads a one-time receipt, and the code opens it again.
        invitation.EndSessions();
        await db.SaveChangesAsync(ct);
        session.End(Response);
        TempData[NextModel.SentReceipt] = invitation.Id;
        return Redirect(links.WhatHappensNext());
    }

    async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var current = await session.LoadAsync(Request, ct);
        if (current is null) return Redirect(links.EnterCode());
        if (current.Submitted) return Redirect(links.WhatHappensNext());
        if (current.Response is null) return Redirect(links.Start());
        Current = current;
        var answers = current.Answers;
        // Anything missing or not right goes back to that question first.
        var problem = current.Flow.Problems(answers).FirstOrDefault();
        if (problem.Question is not null) return Redirect(links.Question(problem.Question.Id));
        if (current.Invitation.SocialWorkerId is not null && current.Response.ShareWithSocialWorker is null) return Redirect(links.WhoCanSee());
        if (current.Response.UseAnonymously is null) return Redirect(links.UseToImprove());
        var language = text.QuestionnaireLanguage(current.Definition);
        Rows = current.Flow.Applicable(answers)
            .Select(q => (q, Describe(q, answers.GetValueOrDefault(q.Id) ?? [], language, text["views.check.not-answered"]))).ToList();
        return null;
    }

    /// <summary>An answer in words: the chosen options' labels in <paramref name="language"/>, or the text given.</summary>
    public static string Describe(Question question, IReadOnlyList<string> values, string language = LocalText.English, string notAnswered = "Not answered") =>
        values.Count == 0 ? notAnswered
        : question.IsChoice ? string.Join("\n", values.Select(v => question.Option(v)?.Label.Get(language) ?? v))
        : string.Join("\n", values);
}
