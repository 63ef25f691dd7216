using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Voice.Data;

namespace Voice.Web.Features.Complaints.New;

/// <summary>The start page: who can complain and what happens; "Start now" makes a draft.</summary>
[AllowAnonymous]
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
