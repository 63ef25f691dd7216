using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Voice.Data;

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
    public ViewSession.Current Current { get; private set; } = null!;
    public IReadOnlyList<(string Question, string Decision)> Decided { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var current = await session.LoadAsync(Request, ct);
        if (current is null) return Redirect(links.EnterCode());
        if (!current.Submitted) return Redirect(links.Start());
        Current = current;
        var responseId = current.Response!.Id;
        var decisions = await db.ViewDecisions.AsNoTracking().Where(d => d.ResponseId == responseId).ToListAsync(ct);
        Decided = [.. current.Definition.Questions
            .Select(q => (q, d: decisions.FirstOrDefault(d => d.QuestionId == q.Id)))
            .Where(x => x.d is not null && x.d.Decision.Length > 0)
            .Select(x => (x.q.Text.En, x.d!.Decision))];
        return Page();
    }
}
