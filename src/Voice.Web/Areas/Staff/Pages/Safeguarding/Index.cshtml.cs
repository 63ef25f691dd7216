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
        var flags = from f in db.SafeguardingFlags.AsNoTracking()
                    join r in db.ViewResponses on f.ResponseId equals r.Id
                    join i in db.Invitations on r.InvitationId equals i.Id
                    select new { f, i.CaseReference };
        Open = (await flags.Where(x => x.f.Decision == null).OrderBy(x => x.f.DueAt).ThenBy(x => x.f.Tier).Take(500).ToListAsync(ct))
            .Select(x => ToRow(x.f, x.CaseReference)).ToList();
        var since = Now.AddDays(-30);
        Decided = (await flags.Where(x => x.f.Decision != null && x.f.DecidedAt >= since).OrderByDescending(x => x.f.DecidedAt).Take(100).ToListAsync(ct))
            .Select(x => ToRow(x.f, x.CaseReference)).ToList();
    }

    static Row ToRow(SafeguardingFlag f, string caseReference) =>
        new(f.Id, f.Tier, f.Category, caseReference, f.RaisedAt, f.DueAt, f.Decision, f.DecidedAt, f.DecidedByName);

    public static string TierLabel(int tier) => tier switch { 1 => "Urgent", 2 => "Concern", _ => "Worth a look" };

    public static string DecisionLabel(FlagDecision? d) => d switch
    {
        FlagDecision.NoConcern => "No concern",
        FlagDecision.AlreadyKnown => "Already known and acted on",
        FlagDecision.Referred => "Referred to the front door",
        _ => "Not decided",
    };
}
