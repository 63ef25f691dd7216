using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Audit;
using Voice.Data.Inspections;
using Voice.Web.Infrastructure.Security;

namespace Voice.Web.Features.Inspections;

/// <summary>
/// The one way an audit is loaded and moved on: every transition goes through the lifecycle,
/// is written to the audit log in the same save, and is refused if someone else changed the
/// audit first (the concurrency token).
/// </summary>
public class InspectionWork(VoiceDbContext db, AuditWriter auditLog, TimeProvider clock, Voice.Web.Features.Inspections.YouSaidWeDid.YouSaidWeDidCache youSaidWeDid)
{
    public const string RecordType = "Audit";
    public const string ChangedMeanwhile = "Someone else changed this audit while you were looking at it. Check it and try again.";

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public Task<Audit?> LoadAsync(int id, CancellationToken ct) =>
        db.Audits.Include(a => a.Criteria).Include(a => a.Items).Include(a => a.Inspectors).Include(a => a.Notes)
            .Include(a => a.Recommendations).ThenInclude(r => r.Action)
            .AsSplitQuery().SingleOrDefaultAsync(a => a.Id == id, ct);

    public async Task<AuditFacts> FactsAsync(int auditId, CancellationToken ct) => new(
        await db.AuditScores.CountAsync(s => s.AuditId == auditId && s.Score != null, ct),
        await db.AuditActions.CountAsync(a => a.AuditId == auditId, ct),
        await db.AuditActions.CountAsync(a => a.AuditId == auditId && a.Verification != null, ct));

    public static AuditLifecycle Lifecycle(Audit audit, System.Security.Claims.ClaimsPrincipal user) =>
        new(audit, Voice.Data.Identity.Roles.All.Select(r => r.Name).Where(user.IsInRole));

    /// <summary>Fires a trigger and saves. Returns the reasons it was refused, or an empty list.</summary>
    public async Task<IReadOnlyList<string>> FireAsync(Audit audit, AuditTrigger trigger, System.Security.Claims.ClaimsPrincipal user, string? note, CancellationToken ct)
    {
        AuditTransition done;
        try
        {
            done = Lifecycle(audit, user).Fire(trigger, await FactsAsync(audit.Id, ct), Now);
        }
        catch (AuditTransitionRefused refused)
        {
            return refused.Reasons;
        }
        auditLog.Add(user.ToActor(), done.Describe(), RecordType, audit.Id.ToString(), string.IsNullOrWhiteSpace(note) ? null : note.Trim());
        return await SaveAsync(ct) ? [] : [ChangedMeanwhile];
    }

    /// <summary>Records a change that is not a transition (plan, team, findings, responses): audited, with a new version.</summary>
    public async Task<bool> SaveChangeAsync(Audit audit, System.Security.Claims.ClaimsPrincipal user, string action, string? detail, CancellationToken ct)
    {
        audit.Touch(Now);
        auditLog.Add(user.ToActor(), action, RecordType, audit.Id.ToString(), detail);
        return await SaveAsync(ct);
    }

    async Task<bool> SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            youSaidWeDid.Evict();
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
