using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Complaints;
using Voice.Web.Api;
using Voice.Web.Infrastructure.Jobs;
using Voice.Web.Infrastructure.Notifications;
using Voice.Web.Pages.Complaints;
using Voice.Web.Pages.Complaints.New;

namespace Voice.Web.Areas.Staff.Pages.Complaints;

/// <summary>
/// Warns before deadlines, not only after: the assigned officer hears at 50% and 80% of the time
/// and on the due date; complaints managers get a daily digest of overdue complaints. Runs on
/// working days in working hours, on one node (the job lease), and records every reminder under a
/// unique key so each is sent once. Also deletes online drafts nobody finished.
/// </summary>
public class ComplaintRemindersJob(TimeProvider clock) : IBackgroundJob
{
    public string Name => "complaint-reminders";
    public TimeSpan Interval => TimeSpan.FromMinutes(15);
    const int FirstHour = 8, LastHour = 18;

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var london = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), FindLondon());
        await DeleteOldDraftsAsync(services, ct);
        if (london.Hour is < FirstHour or >= LastHour) return;
        await RunForAsync(services, DateOnly.FromDateTime(london.DateTime), ct);
    }

    /// <summary>Online drafts are kept for a week after their last answer, then deleted.</summary>
    public async Task<int> DeleteOldDraftsAsync(IServiceProvider services, CancellationToken ct)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - NewComplaintPage.DraftLifetime;
        return await services.GetRequiredService<VoiceDbContext>().ComplaintDrafts.Where(d => d.UpdatedAt < cutoff).ExecuteDeleteAsync(ct);
    }

    public sealed record Sent(string Kind, string To, long? ComplaintId);

    /// <summary>Sends what is due on <paramref name="today"/>; returns what was sent.</summary>
    public async Task<IReadOnlyList<Sent>> RunForAsync(IServiceProvider services, DateOnly today, CancellationToken ct)
    {
        var db = services.GetRequiredService<VoiceDbContext>();
        var calendars = services.GetRequiredService<CalendarService>();
        var email = services.GetRequiredService<INotificationSender>();
        var links = services.GetRequiredService<ComplaintLinks>();
        var log = services.GetRequiredService<ILogger<ComplaintRemindersJob>>();
        var sent = new List<Sent>();
        var calendar = await calendars.GetAsync(db, ct);
        if (!calendar.IsWorkingDay(today)) return sent;

        var requestWindows = new[] { ComplaintStep.Stage2Request, ComplaintStep.Stage3Request };
        var due = await (
                from d in db.ComplaintDeadlines
                join c in db.Complaints on d.ComplaintId equals c.Id
                join u in db.Users on c.AssignedToId equals u.Id
                where d.CompletedOn == null && !d.IsPaused && d.HalfwayOn <= today && !requestWindows.Contains(d.Step)
                      && c.Status != ComplaintStatus.Closed && c.Status != ComplaintStatus.Withdrawn && u.Email != null && !u.IsDisabled
                select new { c.Id, c.Reference, d.Step, d.DueOn, d.HalfwayOn, d.EightyPercentOn, u.Email })
            .ToListAsync(ct);

        foreach (var d in due)
        {
            var kinds = new List<string>();
            if (today >= d.HalfwayOn) kinds.Add("50%");
            if (today >= d.EightyPercentOn) kinds.Add("80%");
            if (today >= d.DueOn) kinds.Add("due");
            var keys = kinds.ToDictionary(k => k, k => $"{d.Id}:{d.Step}:{d.DueOn:yyyy-MM-dd}:{k}");
            var already = await db.ComplaintReminders.Where(r => keys.Values.Contains(r.Key)).Select(r => r.Key).ToListAsync(ct);
            var highest = kinds[^1];
            if (already.Contains(keys[highest])) continue;
            // Only the most urgent warning goes out; the ones it overtook are recorded as passed.
            foreach (var (kind, key) in keys.Where(k => !already.Contains(k.Value)))
                db.ComplaintReminders.Add(new ComplaintReminder { Key = key, ComplaintId = d.Id, Kind = kind == highest ? kind : kind + " (passed)", SentTo = kind == highest ? d.Email! : "", SentAt = clock.GetUtcNow().UtcDateTime });
            if (!await TrySaveAsync(db, ct)) continue;

            var step = d.Step.Label();
            var (subject, text) = highest switch
            {
                "due" when today > d.DueOn => ($"Overdue: {d.Reference} {step}", $"The {step.ToLowerInvariant()} for complaint {d.Reference} was due on {d.DueOn:dddd d MMMM yyyy}."),
                "due" => ($"Due today: {d.Reference} {step}", $"The {step.ToLowerInvariant()} for complaint {d.Reference} is due today."),
                "80%" => ($"80% of the time used: {d.Reference} {step}", $"The {step.ToLowerInvariant()} for complaint {d.Reference} is due on {d.DueOn:dddd d MMMM yyyy}. 80% of the time has gone."),
                _ => ($"Halfway: {d.Reference} {step}", $"The {step.ToLowerInvariant()} for complaint {d.Reference} is due on {d.DueOn:dddd d MMMM yyyy}. Half the time has gone."),
            };
            await SendAsync(email, log, new EmailMessage(d.Email!, subject, $"{text}\n\n{links.DetailsAbsolute(d.Id)}\n\nIf you need more time, record an extension with the reason and tell the complainant."), ct);
            sent.Add(new Sent(highest, d.Email!, d.Id));
        }

        var overdue = await db.Complaints.AsNoTracking()
            .Where(c => c.NextDueOn < today && c.Status != ComplaintStatus.Closed && c.Status != ComplaintStatus.Withdrawn && !c.IsPaused)
            .OrderBy(c => c.NextDueOn).Select(c => new { c.Id, c.Reference, c.NextDueOn, c.NextDueStep, c.AssignedToName }).ToListAsync(ct);
        if (overdue.Count == 0) return sent;
        foreach (var manager in await ComplaintsAccess.ManagersAsync(db, ct))
        {
            if (manager.Email is null) continue;
            db.ComplaintReminders.Add(new ComplaintReminder { Key = $"digest:{today:yyyy-MM-dd}:{manager.Id}", Kind = "digest", SentTo = manager.Email, SentAt = clock.GetUtcNow().UtcDateTime });
            if (!await TrySaveAsync(db, ct)) continue;
            var body = string.Join("\n", overdue.Select(o => $"{o.Reference}: {(Enum.TryParse<ComplaintStep>(o.NextDueStep, out var s) ? s.Label() : o.NextDueStep)} due {o.NextDueOn:d MMM yyyy}, {calendar.CountWorkingDays(o.NextDueOn!.Value, today)} working days late, {o.AssignedToName ?? "not assigned"}"));
            await SendAsync(email, log, new EmailMessage(manager.Email, $"Overdue complaints: {overdue.Count}", $"These complaints are past a deadline today ({today:dddd d MMMM yyyy}):\n\n{body}\n\n{links.Absolute(links.Queue())}?Overdue=true"), ct);
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

    static async Task SendAsync(INotificationSender email, ILogger log, EmailMessage message, CancellationToken ct)
    {
        try
        {
            await email.SendAsync(message, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Recorded as sent: a reminder is better missed once than sent on every run.
            log.LogError(e, "Could not send a complaint reminder ({Kind})", message.Kind);
        }
    }

    static TimeZoneInfo FindLondon()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Europe/London"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.Utc; }
    }
}
