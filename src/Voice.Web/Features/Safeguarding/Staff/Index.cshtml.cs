using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Feedback.Views;

namespace Voice.Web.Features.Safeguarding.Staff;

/// <summary>
/// The one triage queue. Open flags are grouped by the record they came from (a questionnaire
/// response, a complaint, a health history request), so three children make three rows however
/// many answers each flagged. Overdue records come first, then by deadline, then most urgent.
/// </summary>
public class IndexModel(VoiceDbContext db, TimeProvider clock, Voice.Data.Audit.AuditWriter audit) : PageModel
{
    public record Group(string Source, string SourceRecord, string Label, int Count, int Tier, DateTime DueAt, IReadOnlyList<string> Fields, int Escalations, bool Overdue);
    public record Decided(string Source, string SourceRecord, string Label, FlagDecision? Decision, DateTime DecidedAt, string? DecidedBy);

    public IReadOnlyList<Group> Open { get; private set; } = [];
    public IReadOnlyList<Decided> RecentlyDecided { get; private set; } = [];
    public int SamplesToRead { get; private set; }
    public DateTime Now { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Now = clock.GetUtcNow().UtcDateTime;
        var open = await db.SafeguardingFlags.AsNoTracking().Where(f => f.Decision == null).OrderBy(f => f.DueAt).Take(5000).ToListAsync(ct);
        Open = Order(open.GroupBy(f => (f.Source, f.SourceRecord)).Select(g => new Group(
            g.Key.Source, g.Key.SourceRecord, LabelOf(g.First()), g.Count(), g.Min(f => f.Tier), g.Min(f => f.DueAt),
            [.. g.Select(f => f.FieldLabel is "" ? f.QuestionId : f.FieldLabel).Distinct()], g.Max(f => f.EscalationCount), g.Min(f => f.DueAt) < Now)), Now);
        var since = Now.AddDays(-30);
        var decided = await db.SafeguardingFlags.AsNoTracking().Where(f => f.Decision != null && f.DecidedAt >= since)
            .OrderByDescending(f => f.DecidedAt).Take(300).ToListAsync(ct);
        RecentlyDecided = decided.GroupBy(f => (f.Source, f.SourceRecord)).Take(100)
            .Select(g => new Decided(g.Key.Source, g.Key.SourceRecord, LabelOf(g.First()), g.First().Decision, g.First().DecidedAt!.Value, g.First().DecidedByName)).ToList();
        SamplesToRead = await db.SafeguardingSamples.CountAsync(s => s.Outcome == null, ct);
        await audit.WriteAsync(Voice.Web.Infrastructure.Security.CurrentActor.ToActor(User), "Viewed the safeguarding list", "SafeguardingFlag", null,
            $"{Open.Count} open records, {RecentlyDecided.Count} recently decided", ct);
    }

    /// <summary>Overdue first (longest overdue first), then by deadline, then most urgent tier.</summary>
    public static IReadOnlyList<Group> Order(IEnumerable<Group> groups, DateTime now) =>
        [.. groups.OrderByDescending(g => g.DueAt < now).ThenBy(g => g.DueAt).ThenBy(g => g.Tier)];

    public static string LabelOf(SafeguardingFlag f) => f.SourceLabel is "" ? $"{FreeTextSources.Label(f.Source)} {f.SourceRecord}" : f.SourceLabel;

    public static string TierLabel(int tier) => tier switch { 1 => "Urgent", 2 => "Concern", _ => "Worth a look" };

    public static string TierClass(int tier) => tier switch { 1 => "govuk-tag--red", 2 => "govuk-tag--orange", _ => "govuk-tag--yellow" };

    public static string DecisionLabel(FlagDecision? d) => d switch
    {
        FlagDecision.NoConcern => "No concern",
        FlagDecision.AlreadyKnown => "Already known and acted on",
        FlagDecision.Referred => "Referred to the front door",
        _ => "Not decided",
    };
}
