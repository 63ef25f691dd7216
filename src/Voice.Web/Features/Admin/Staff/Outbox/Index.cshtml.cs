using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Audit;
using Voice.Data.Calendar;
using Voice.Data.Outbox;
using Voice.Web.Infrastructure.Security;

namespace Voice.Web.Features.Admin.Staff.Outbox;

/// <summary>
/// Notifications that could not be sent after every attempt (the dead-letter list), with the last
/// error, and a button to send one again. Also how many are waiting, so a stuck sender shows.
/// </summary>
public class IndexModel(VoiceDbContext db, AuditWriter audit, UkClock clock, OutboxLinks links) : PageModel
{
    public record Row(long Id, string Kind, string To, string Subject, int Attempts, DateTime CreatedAt, string? LastError);

    public IReadOnlyList<Row> Dead { get; private set; } = [];
    public int Waiting { get; private set; }
    public int Retrying { get; private set; }
    [TempData] public string? Banner { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Dead = await db.OutboxMessages.AsNoTracking().Where(m => m.Status == OutboxStatus.Dead).OrderByDescending(m => m.Id).Take(200)
            .Select(m => new Row(m.Id, m.Kind, m.ToEmail ?? m.ToPhone ?? m.ToAddress ?? "", m.Subject, m.Attempts, m.CreatedAt, m.LastError))
            .ToListAsync(ct);
        Waiting = await db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Pending, ct);
        Retrying = await db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Pending && m.Attempts > 0, ct);
    }

    public async Task<IActionResult> OnPostRetryAsync(long id, CancellationToken ct)
    {
        var message = await db.OutboxMessages.SingleOrDefaultAsync(m => m.Id == id, ct);
        if (message is null) return NotFound();
        if (message.Status == OutboxStatus.Dead)
        {
            OutboxRetry.Retry(message, clock.UtcNow);
            audit.Add(User.ToActor(), "Sent a failed notification again", "OutboxMessage", id.ToString(System.Globalization.CultureInfo.InvariantCulture), message.Subject);
            await db.SaveChangesAsync(ct);
            Banner = $"\"{message.Subject}\" will be sent again";
        }
        return Redirect(links.Index());
    }
}
