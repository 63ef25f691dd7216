using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Feedback.Views;

namespace Voice.Web.Areas.Staff.Pages.Safeguarding;

/// <summary>Open flags by due time, most urgent first; recently decided flags below.</summary>
public class IndexModel(VoiceDbContext db, TimeProvider clock) : PageModel
{
    public record Row(Guid Id, int Tier, string Category, string CaseReference, DateTime RaisedAt, DateTime DueAt, FlagDecision? Decision, DateTime? DecidedAt, string? DecidedBy);

    public IReadOnlyList<Row> Open { get; private set; } = [];
    public IReadOnlyList<Row> Decided { get; private set; } = [];
    public DateTime Now { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Now = clock.GetUtcNow().UtcDateTime;
        var rows = from f in db.SafeguardingFlags.AsNoTracking()
                   join r in db.ViewResponses on f.ResponseId equals r.Id
                   join i in db.Invitations on r.InvitationId equals i.Id
                   select new Row(f.Id, f.Tier, f.Category, i.CaseReference, f.RaisedAt, f.DueAt, f.Decision, f.DecidedAt, f.DecidedByName);
        Open = await rows.Where(r => r.Decision == null).OrderBy(r => r.DueAt).ThenBy(r => r.Tier).Take(500).ToListAsync(ct);
        var since = Now.AddDays(-30);
        Decided = await rows.Where(r => r.Decision != null && r.DecidedAt >= since).OrderByDescending(r => r.DecidedAt).Take(100).ToListAsync(ct);
    }

    public static string TierLabel(int tier) => tier switch { 1 => "Urgent", 2 => "Concern", _ => "Worth a look" };

    public static string DecisionLabel(FlagDecision? d) => d switch
    {
        FlagDecision.NoConcern => "No concern",
        FlagDecision.AlreadyKnown => "Already known and acted on",
        FlagDecision.Referred => "Referred to the front door",
        _ => "Not decided",
    };
}
