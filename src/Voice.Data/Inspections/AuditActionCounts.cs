using Microsoft.EntityFrameworkCore;

namespace Voice.Data.Inspections;

/// <summary>
/// Audit actions due and overdue, for the QA area and the reminders: counts only, no names.
/// "Due soon" is open and due from today up to <c>dueSoonUntil</c>; "overdue" is open and due
/// before today.
/// </summary>
public static class AuditActionCounts
{
    public sealed record Counts(int Open, int DueSoon, int Overdue, int Done, int Verified);

    public static async Task<Counts> CountAsync(VoiceDbContext db, DateOnly today, DateOnly dueSoonUntil, CancellationToken ct = default)
    {
        var rows = await db.AuditActions.AsNoTracking()
            .GroupBy(a => new
            {
                a.Status,
                Verified = a.Verification != null,
                Overdue = a.DueOn < today,
                Soon = a.DueOn >= today && a.DueOn <= dueSoonUntil,
            })
            .Select(g => new { g.Key.Status, g.Key.Verified, g.Key.Overdue, g.Key.Soon, Count = g.Count() })
            .ToListAsync(ct);
        var open = rows.Where(r => r.Status == ActionStatus.Open).ToList();
        return new Counts(
            open.Sum(r => r.Count),
            open.Where(r => r.Soon).Sum(r => r.Count),
            open.Where(r => r.Overdue).Sum(r => r.Count),
            rows.Where(r => r.Status == ActionStatus.Done).Sum(r => r.Count),
            rows.Where(r => r.Verified).Sum(r => r.Count));
    }

    /// <summary>Open actions that are due by <paramref name="until"/> (including overdue ones), soonest first.</summary>
    public static Task<List<AuditAction>> DueByAsync(VoiceDbContext db, DateOnly until, CancellationToken ct = default) =>
        db.AuditActions.Where(a => a.Status == ActionStatus.Open && a.DueOn <= until).OrderBy(a => a.DueOn).ToListAsync(ct);
}
