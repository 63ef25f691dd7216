using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Feedback.Questionnaires;

namespace Voice.Web.Features.Views;

/// <summary>
/// After sending: thanks and what happens now; later, what was decided, in the worker's words,
/// including each decision recorded against one of their answers. Those are shown with the
/// question they answered but not their own words again: whoever holds the code sees this page,
/// and it need not repeat what a child wrote about home.
/// </summary>
[AllowAnonymous]
public class NextModel(ViewSession session, ViewLinks links, VoiceDbContext db) : PageModel
{
    /// <summary>
    /// TempData key of the receipt "Send" leaves (the invitation id): sending ends the session, so
    /// the thank-you page is shown once from this (encrypted, read once) and never opens the answers.
    /// </summary>
    public const string SentReceipt = "views-sent";

    /// <summary>Null when showing the receipt just after sending.</summary>
    public ViewSession.Current? Current { get; private set; }
    public string ReadBy { get; private set; } = "";
    public DateOnly MeetingOn { get; private set; }
    public IReadOnlyList<(LocalText Question, string Decision)> Decided { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var current = await session.LoadAsync(Request, ct);
        if (current is null) return await ReceiptAsync(ct);
        if (!current.Submitted) return Redirect(links.Start());
        Current = current;
        (ReadBy, MeetingOn) = (current.Invitation.CreatedByName, current.Invitation.EventDate);
        var responseId = current.Response!.Id;
        var decisions = await db.ViewDecisions.AsNoTracking().Where(d => d.ResponseId == responseId).ToListAsync(ct);
        Decided = [.. current.Definition.Questions
            .Select(q => (q, d: decisions.FirstOrDefault(d => d.QuestionId == q.Id)))
            .Where(x => x.d is not null && x.d.Decision.Length > 0)
            .Select(x => (x.q.Text, x.d!.Decision))];
        return Page();
    }

    async Task<IActionResult> ReceiptAsync(CancellationToken ct)
    {
        // TempData gives a Guid back for a string that looks like one.
        if (TempData[SentReceipt] is not Guid invitationId) return Redirect(links.EnterCode());
        var sent = await db.Invitations.AsNoTracking().Where(i => i.Id == invitationId && i.Response != null && i.Response.SubmittedAt != null)
            .Select(i => new { i.CreatedByName, i.EventDate }).SingleOrDefaultAsync(ct);
        if (sent is null) return Redirect(links.EnterCode());
        (ReadBy, MeetingOn) = (sent.CreatedByName, sent.EventDate);
        return Page();
    }
}
