using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Audit;
using Voice.Data.Complaints;
using Voice.Data.Outbox;
using Voice.Web.Api;

namespace Voice.Web.Features.Complaints;

/// <summary>
/// What every change to a complaint does, public or staff: load it whole, add a timeline event
/// (and an audit entry) for the change, and work its clocks out again before saving.
/// </summary>
public class ComplaintWork(VoiceDbContext db, CalendarService calendars, AuditWriter audit, Voice.Data.Calendar.UkClock clock,
    Voice.Data.Outbox.Outbox outbox, ComplaintLinks links, Infrastructure.Languages.Translations translations)
{
    public DateOnly Today => clock.Today;
    public DateTime Now => clock.UtcNow;

    public Task<DeadlineCalculator> CalculatorAsync(CancellationToken ct) => calendars.CalculatorAsync(db, ct);

    public Task<Complaint?> LoadAsync(long id, CancellationToken ct) =>
        db.Complaints
            .Include(c => c.Stage2).Include(c => c.Panel).Include(c => c.Ombudsman)
            .Include(c => c.Points).Include(c => c.Extensions).Include(c => c.Pauses).Include(c => c.Deadlines)
            .Include(c => c.Remedies).Include(c => c.LearningActions).Include(c => c.PanelMembers)
            .AsSplitQuery()
            .SingleOrDefaultAsync(c => c.Id == id, ct);

    /// <summary>Adds a timeline event, and an audit entry for the same change, to the unit of work.</summary>
    public ComplaintEvent Record(Complaint c, AuditActor actor, string kind, string summary, string? detail = null, bool isPublic = false)
    {
        var e = new ComplaintEvent
        {
            At = Now, Kind = kind, Summary = Truncate(summary, 500), Detail = detail is null ? null : Truncate(detail, ComplaintConfiguration.DescriptionMax),
            ActorName = actor.Name, ActorId = actor.Id, Public = isPublic,
        };
        c.Events.Add(e);
        // Every change to a complaint (even one that only adds a point or a remedy) moves its version on.
        var entry = db.Entry(c);
        if (entry.State is EntityState.Unchanged or EntityState.Modified) entry.Property(x => x.Version).IsModified = true;
        audit.Add(actor, kind, "Complaint", c.Reference, summary);
        return e;
    }

    /// <summary>Records what a transition of the complaint (see <see cref="ComplaintTransitions"/>) did.</summary>
    public ComplaintEvent Apply(Complaint c, AuditActor actor, ComplaintChange change) =>
        Record(c, actor, change.Kind, change.Summary, change.Detail, change.Public);

    public async Task<IReadOnlyList<ComplaintClock>> RefreshAsync(Complaint c, CancellationToken ct) =>
        ComplaintClocks.Refresh(c, await CalculatorAsync(ct), Today, Now);

    /// <summary>Works out the clocks of every unfinished complaint again (after a calendar change), in batches.</summary>
    public async Task<int> RecalculateOpenAsync(AuditActor actor, CancellationToken ct)
    {
        var changed = 0;
        long after = 0;
        while (true)
        {
            var ids = await db.Complaints.Where(c => c.Id > after && c.Status != ComplaintStatus.Closed && c.Status != ComplaintStatus.Withdrawn)
                .OrderBy(c => c.Id).Select(c => c.Id).Take(200).ToListAsync(ct);
            if (ids.Count == 0) break;
            foreach (var id in ids)
            {
                var c = (await LoadAsync(id, ct))!;
                var before = c.NextDueOn;
                await RefreshAsync(c, ct);
                if (before != c.NextDueOn)
                {
                    Record(c, actor, "Due dates recalculated", $"The bank holiday calendar changed: the next due date moved from {before:d MMMM yyyy} to {c.NextDueOn:d MMMM yyyy}");
                    changed++;
                }
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            after = ids[^1];
        }
        return changed;
    }

    /// <summary>Tells the assigned officer (or, with nobody assigned, the complaints managers) that the complainant did something.</summary>
    public Task NotifyStaffAsync(Complaint c, string what, CancellationToken ct) =>
        TellStaffAsync(c, $"{c.Reference}: {what}", $"The complainant has {what.ToLowerInvariant()} on complaint {c.Reference}.", "complaint-complainant-acted", ct);

    /// <summary>Queues an email (saved with the caller's change) to the assigned officer or, with nobody assigned, the complaints managers.</summary>
    public async Task TellStaffAsync(Complaint c, string subject, string text, string kind, CancellationToken ct)
    {
        var to = c.AssignedToId is { } officer
            ? await db.Users.Where(u => u.Id == officer && !u.IsDisabled && u.Email != null).Select(u => u.Email!).ToListAsync(ct)
            : (await Voice.Web.Features.Complaints.ComplaintsAccess.ManagersAsync(db, ct)).Where(m => m.Email is not null).Select(m => m.Email!).ToList();
        foreach (var address in to)
            outbox.Email(kind, address, subject, $"{text}\n\nOpen the complaint: {links.DetailsAbsolute(c.Id)}");
    }

    /// <summary>
    /// Queues a message to the complainant (saved with the caller's change): by email, else by
    /// letter to their address, else by text message (<see cref="OutboxChannels.For"/>), in the
    /// language they complained in (<see cref="ComplainantLetter"/>), with greeting and reference.
    /// </summary>
    public void TellComplainant(Complaint c, string kind, ComplainantLetter letter)
    {
        var see = MessageWord(c) switch { "letter" => "email.footer.see-letter", "text message" => "email.footer.see-text", _ => "email.footer.see-email" };
        var (subject, body) = new ComplainantLetter(letter.SubjectKey, letter.SubjectValues)
            .Say("email.receipt.dear", c.ComplainantName).Then(letter)
            .Say("email.footer.reference", c.Reference).Say(see, links.Absolute(links.Track()))
            .Compose(translations.Catalog, c.Language);
        outbox.ToPerson(kind, Complainant(c), subject, body);
    }

    public static Recipient Complainant(Complaint c) => new(c.ComplainantName, c.Email, c.Phone, c.Address, c.ContactPreference == ContactPreference.Post);

    /// <summary>What the complainant's messages reach them as: "email", "letter" or "text message".</summary>
    public static string MessageWord(Complaint c) => OutboxChannels.For(Complainant(c)) switch
    {
        OutboxChannels.Letter => "letter",
        OutboxChannels.Text => "text message",
        _ => "email",
    };

    static string Truncate(string s, int max) => s.Length <= max ? s : s[..max];
}
