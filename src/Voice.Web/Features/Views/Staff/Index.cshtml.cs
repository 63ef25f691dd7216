using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Feedback.Views;
using Voice.Data.Identity;
using Voice.Web.Api;

namespace Voice.Web.Features.Views.Staff;

/// <summary>My invitations: mine, and those where I am the social worker and the young person shared with me.</summary>
public class IndexModel(VoiceDbContext db, UserManager<VoiceUser> users, CalendarService calendars, Voice.Data.Calendar.UkClock clock) : PageModel
{
    public record Row(Invitation Invitation, string Status, string? Warning, bool Mine);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var me = users.GetUserId(User)!;
        var today = clock.Today;
        var since = today.AddDays(-90);
        var calendar = await calendars.GetAsync(db, ct);
        var invitations = await db.Invitations.AsNoTracking().Include(i => i.Response).ThenInclude(r => r!.Decisions)
            .Where(i => i.BatchId == null && i.EventDate >= since
                        && (i.CreatedById == me || (i.SocialWorkerId == me && i.Response != null && i.Response.ShareWithSocialWorker == true && i.Response.SubmittedAt != null)))
            .OrderBy(i => i.EventDate)
            .Take(500)
            .ToListAsync(ct);
        Rows = invitations.Select(i => new Row(i, InvitationStatus.Of(i), InvitationStatus.Warning(i, today, calendar), i.CreatedById == me))
            .OrderByDescending(r => r.Warning is not null).ThenBy(r => r.Invitation.EventDate).ToList();
    }
}
