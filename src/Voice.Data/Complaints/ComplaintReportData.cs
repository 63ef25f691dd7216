using Microsoft.EntityFrameworkCore;

namespace Voice.Data.Complaints;

/// <summary>The complaints <see cref="ComplaintReport"/> needs for a period, with everything it reads, loaded once.</summary>
public static class ComplaintReportData
{
    public static Task<List<Complaint>> LoadAsync(VoiceDbContext db, DateOnly from, DateOnly to, CancellationToken ct) =>
        db.Complaints.AsNoTracking()
            .Where(c => (c.ReceivedOn >= from && c.ReceivedOn <= to)
                        || (c.Stage2 != null && c.Stage2.RequestedOn >= from && c.Stage2.RequestedOn <= to)
                        || (c.Panel != null && c.Panel.RequestedOn >= from && c.Panel.RequestedOn <= to)
                        || (c.Ombudsman != null && c.Ombudsman.ReferredOn >= from && c.Ombudsman.ReferredOn <= to))
            .Include(c => c.Stage2).Include(c => c.Panel).Include(c => c.Ombudsman).Include(c => c.Points).Include(c => c.Extensions)
            .Include(c => c.Pauses).Include(c => c.Deadlines).Include(c => c.Remedies).Include(c => c.LearningActions)
            .AsSplitQuery().ToListAsync(ct);
}
