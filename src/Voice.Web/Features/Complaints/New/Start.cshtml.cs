using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Voice.Data;

namespace Voice.Web.Features.Complaints.New;

/// <summary>
/// The start page: who can complain and what happens; "Start now" makes a draft.
/// The page is the same for everyone, so it comes from the output cache (issue 14): that is why
/// its form carries no antiforgery token. The only thing its POST does is make an empty draft
/// and send the browser to it; a post forged by another site can do nothing more than that, and
/// anyone can make a draft directly (the public post limit applies). Every later step of the
/// journey, which stores what the complainant writes, keeps its token.
/// </summary>
[AllowAnonymous, IgnoreAntiforgeryToken]
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Infrastructure.PublicContentCache.Policy)]
public class StartModel(VoiceDbContext db, ComplaintLinks links, Voice.Data.Calendar.UkClock clock) : PageModel
{
    [FromQuery] public bool Expired { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var draft = NewComplaintPage.NewDraft(clock.UtcNow);
        db.ComplaintDrafts.Add(draft);
        await db.SaveChangesAsync(ct);
        return Redirect(links.Question(draft.Id, "who"));
    }
}
