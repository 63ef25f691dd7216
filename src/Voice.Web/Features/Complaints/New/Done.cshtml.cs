using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Complaints;

namespace Voice.Web.Features.Complaints.New;

/// <summary>Confirmation: the reference, the tracking code (for an hour, see <see cref="DraftCode"/>), the private link and the reply-by date.</summary>
[AllowAnonymous]
public class DoneModel(VoiceDbContext db, ComplaintLinks links, Microsoft.AspNetCore.DataProtection.IDataProtectionProvider protection, TimeProvider clock) : PageModel
{
    [FromRoute(Name = "draft")] public string DraftId { get; set; } = "";
    public string Reference { get; private set; } = "";
    public string? TrackingCode { get; private set; }
    public string? TrackingLink { get; private set; }
    public DateOnly? ReplyBy { get; private set; }
    public bool HasEmail { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var draft = await db.ComplaintDrafts.Where(d => d.Id == DraftId).Select(d => new { d.ComplaintId, d.TrackingCode }).SingleOrDefaultAsync(ct);
        if (draft?.ComplaintId is not { } complaintId) return NotFound();
        var c = await db.Complaints.Where(x => x.Id == complaintId)
            .Select(x => new { x.Reference, x.Email, Due = x.Deadlines.Where(d => d.Step == ComplaintStep.Stage1Response).Select(d => (DateOnly?)d.DueOn).FirstOrDefault() })
            .SingleAsync(ct);
        Reference = c.Reference;
        HasEmail = c.Email is not null;
        ReplyBy = c.Due;
        if (DraftCode.Unprotect(protection, clock, draft.TrackingCode) is { } packed)
        {
            var secret = Voice.Data.Access.AccessSecret.Unpack(packed);
            TrackingCode = secret.Code;
            TrackingLink = links.TrackingLink(Reference, secret);
        }
        return Page();
    }
}
