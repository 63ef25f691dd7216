using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Complaints;
using Voice.Web.Api;
using Voice.Web.Infrastructure.Jobs;
using Voice.Web.Features.Complaints;
using Voice.Web.Features.Complaints.New;

namespace Voice.Web.Features.Complaints;

/// <summary>
/// Warns before deadlines, not only after: the assigned officer hears at 50% and 80% of the time
/// and on the due date; complaints managers get a daily digest of overdue complaints. Runs on
/// working days in working hours, on one node (the job lease), and records every reminder under a
/// unique key so each is sent once. Also deletes online drafts nobody finished.
/// </summary>
public class ComplaintRemindersJob(Voice.Data.Calendar.UkClock clock) : IBackgroundJob
{
    public string Name => "complaint-reminders";
    public TimeSpan Interval => TimeSpan.FromMinutes(15);
    const int FirstHour = 8, LastHour = 18;

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        await DeleteOldDraftsAsync(services, ct);
        if (Voice.Data.Calendar.UkClock.ToUk(clock.UtcNow).Hour is < FirstHour or >= LastHour) return;
        await RunForAsync(services, clock.Today, ct);
    }

    /// <summary>Online drafts are kept for a week after their last answer, then deleted.</summary>
    public async Task<int> DeleteOldDraftsAsync(IServiceProvider services, CancellationToken ct)
    {
        var cutoff = clock.UtcNow - NewComplaintPage.DraftLifetime;
        return await services.GetRequiredService<VoiceDbContext>().ComplaintDrafts.Where(d => d.UpdatedAt < cutoff).ExecuteDeleteAsync(ct);
    }

    public sealed record Sent(string Kind, string To, long? ComplaintId);

    /// <summary>Sends what is due on <paramref name="today"/>; returns what was sent.</summary>
    public async Task<IReadOnlyList<Sent>> RunForAsync(IServiceProvider services, DateOnly today, CancellationToken ct)
    {
        var db = services.GetRequiredService<VoiceDbContext>();
        var calendars = services.GetRequiredService<CalendarService>();
        var outbox = services.GetRequiredService<Voice.Data.Outbox.Outbox>();
        var links = services.GetRequiredService<ComplaintLinks>();
        var sent = new List<Sent>();
        var calendar = await calendars.GetAsync(db, ct);
        if (!calendar.IsWorkingDay(today)) return sent;

        var requestWindows = new[] { ComplaintStep.Stage2Request, ComplaintStep.Stage3Request };
        var due = await (
                from d in db.ComplaintDeadlines
                join c in db.Complaints on d.ComplaintId equals c.Id
                where d.CompletedOn == null && !d.IsPaused && d.HalfwayOn <= today && !requestWindows.Contains(d.Step)
                      && c.Status != ComplaintStatus.Closed && c.Status != ComplaintStatus.Withdrawn
                select new { c.Id, c.Reference, d.Step, d.DueOn, d.HalfwayOn, d.EightyPercentOn, c.AssignedToId })
            .ToListAsync(ct);
        var officers = (await ComplaintsAccess.OfficersAsync(db, ct)).Where(o => o.Email is not null).ToDictionary(o => o.Id, o => o.Email!);
        var managers = (await ComplaintsAccess.ManagersAsync(db, ct)).Where(m => m.Email is not null).Select(m => m.Email!).ToList();

        await services.GetRequiredService<Voice.Data.Jobs.JobRun>().EachAsync(due, d => $"Complaint {d.Reference} {d.Step}", async d =>
        {
            // The assigned officer is warned; with nobody assigned (or the officer gone), the managers
            // are, so an unassigned complaint's 3-day acknowledgement cannot slip by unnoticed.
            var assigned = d.AssignedToId is { } who && officers.ContainsKey(who);
            List<string> to = assigned ? [officers[d.AssignedToId!]] : managers;
            if (to.Count == 0) return;
            var kinds = new List<string>();
            if (today >= d.HalfwayOn) kinds.Add("50%");
            if (today >= d.EightyPercentOn) kinds.Add("80%");
            if (today >= d.DueOn) kinds.Add("due");
            var keys = kinds.ToDictionary(k => k, k => $"{d.Id}:{d.Step}:{d.DueOn:yyyy-MM-dd}:{k}");
            var already = await db.ComplaintReminders.Where(r => keys.Values.Contains(r.Key)).Select(r => r.Key).ToListAsync(ct);
            var highest = kinds[^1];
            if (already.Contains(keys[highest])) return;
            // Only the most urgent warning goes out; the ones it overtook are recorded as passed.
            foreach (var (kind, key) in keys.Where(k => !already.Contains(k.Value)))
                db.ComplaintReminders.Add(new ComplaintReminder { Key = key, ComplaintId = d.Id, Kind = kind == highest ? kind : kind + " (passed)", SentTo = kind == highest ? (assigned ? to[0] : "complaints managers") : "", SentAt = clock.UtcNow });

            var step = d.Step.Label();
            var (subject, text) = highest switch
            {
                "due" when today > d.DueOn => ($"Overdue: {d.Reference} {step}", $"The {step.ToLowerInvariant()} for complaint {d.Reference} was due on {d.DueOn:dddd d MMMM yyyy}."),
                "due" => ($"Due today: {d.Reference} {step}", $"The {step.ToLowerInvariant()} for complaint {d.Reference} is due today."),
                "80%" => ($"80% of the time used: {d.Reference} {step}", $"The {step.ToLowerInvariant()} for complaint {d.Reference} is due on {d.DueOn:dddd d MMMM yyyy}. 80% of the time has gone."),
                _ => ($"Halfway: {d.Reference} {step}", $"The {step.ToLowerInvariant()} for complaint {d.Reference} is due on {d.DueOn:dddd d MMMM yyyy}. Half the time has gone."),
            };
            var unassigned = assigned ? "" : "\n\nNobody is assigned to this complaint yet: assign an officer.";
            foreach (var address in to)
                outbox.Email("complaint-reminder", address, subject, $"{text}{unassigned}\n\nOpen the complaint: {links.DetailsAbsolute(d.Id)}\n\nIf you need more time, record an extension with the reason and tell the complainant.");
            // The reminder rows and the emails are saved together: a second run (or node) that
            // recorded them first makes this save fail, and nothing is sent twice.
            if (!await TrySaveAsync(db, ct)) return;
            sent.AddRange(to.Select(a => new Sent(highest, a, d.Id)));
        }, ct);

        var overdue = await db.Complaints.AsNoTracking()
            .Where(c => c.NextDueOn < today && c.Status != ComplaintStatus.Closed && c.Status != ComplaintStatus.Withdrawn && !c.IsPaused)
            .OrderBy(c => c.NextDueOn).Select(c => new { c.Id, c.Reference, c.NextDueOn, c.NextDueStep, c.AssignedToName }).ToListAsync(ct);
        if (overdue.Count == 0) return sent;
        foreach (var manager in await ComplaintsAccess.ManagersAsync(db, ct))
        {
            if (manager.Email is null) continue;
            db.ComplaintReminders.Add(new ComplaintReminder { Key = $"digest:{today:yyyy-MM-dd}:{manager.Id}", Kind = "digest", SentTo = manager.Email, SentAt = clock.UtcNow });
            var body = string.Join("\n", overdue.Select(o => $"{o.Reference}: {(Enum.TryParse<ComplaintStep>(o.NextDueStep, out var s) ? s.Label() : o.NextDueStep)} due {o.NextDueOn:d MMM yyyy}, {calendar.CountWorkingDays(o.NextDueOn!.Value, today)} working days late, {o.AssignedToName ?? "not assigned"}"));
            outbox.Email("complaint-overdue-digest", manager.Email, $"Overdue complaints: {overdue.Count}", $"These complaints are past a deadline today ({today:dddd d MMMM yyyy}):\n\n{body}\n\n{links.Absolute(links.Queue())}?Overdue=true");
            if (!await TrySaveAsync(db, ct)) continue;
            sent.Add(new Sent("digest", manager.Email, null));
        }
        return sent;
    }

    /// <summary>Saves the reminder rows; false when another run recorded them first.</summary>
    static async Task<bool> TrySaveAsync(VoiceDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
