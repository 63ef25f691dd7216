using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Complaints;

namespace Voice.Web.Pages.Complaints.New;

/// <summary>Confirmation: the reference, the tracking code (shown once), the private link and the reply-by date.</summary>
[AllowAnonymous]
public class DoneModel(VoiceDbContext db, ComplaintLinks links) : PageModel
{
    [FromRoute(Name = "draft")] public string DraftId { get; set; } = "";
    public string Reference { get; private set; } = "";
    public string? TrackingCode { get; private set; }
    public string? TrackingLink { get; private set; }
    public DateOnly? ReplyBy { get; private set; }
    public bool HasEmail { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var complaintId = await db.ComplaintDrafts.Where(d => d.Id == DraftId).Select(d => d.ComplaintId).SingleOrDefaultAsync(ct);
        if (complaintId is null) return NotFound();
        var c = await db.Complaints.Where(x => x.Id == complaintId)
            .Select(x => new { x.Reference, x.Email, Due = x.Deadlines.Where(d => d.Step == ComplaintStep.Stage1Response).Select(d => (DateOnly?)d.DueOn).FirstOrDefault() })
            .SingleAsync(ct);
        Reference = c.Reference;
        HasEmail = c.Email is not null;
        ReplyBy = c.Due;
        TrackingCode = TempData["TrackingCode"] as string;
        if (TrackingCode is not null) TrackingLink = links.TrackingLink(Reference, TrackingCode);
        return Page();
    }
}
