using Humanizer;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Feedback.Safeguarding;
using Voice.Data.Identity;
using Voice.Web.Api;
using Voice.Web.Infrastructure;
using Voice.Web.Infrastructure.Jobs;
using Voice.Web.Infrastructure.Notifications;

namespace Voice.Web.Features.Safeguarding;

/// <summary>
/// No flag goes overdue unseen: a flag not decided by its deadline is escalated to the
/// safeguarding duty managers at once, then again each working hour
/// (<see cref="SafeguardingDeadlines.NextEscalation"/>) until a person decides it. One email per
/// run lists every record that is due for escalation (labels and counts, never the words). With
/// no duty manager account, the administrators are told instead, so the email always goes somewhere.
/// </summary>
public class SafeguardingEscalationJob(TimeProvider clock) : IBackgroundJob
{
    public string Name => "safeguarding-escalation";
    public TimeSpan Interval => TimeSpan.FromMinutes(5);

    /// <summary>Escalates what is due; returns how many flags were escalated.</summary>
    public async Task<int> RunForAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<VoiceDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var overdue = await db.SafeguardingFlags.Where(f => f.Decision == null && f.DueAt <= now).ToListAsync(ct);
        if (overdue.Count == 0) return 0;
        var calendar = await services.GetRequiredService<CalendarService>().GetAsync(db, ct);
        var due = overdue.Where(f => SafeguardingDeadlines.NextEscalation(f.DueAt, f.EscalatedAt, calendar.IsWorkingDay, calendar.NextWorkingDay) <= now).ToList();
        if (due.Count == 0) return 0;

        var users = services.GetRequiredService<UserManager<VoiceUser>>();
        var recipients = (await users.GetUsersInRoleAsync(Roles.SafeguardingManager)).Where(u => !u.IsDisabled && u.Email is not null).ToList();
        var log = services.GetRequiredService<ILogger<SafeguardingEscalationJob>>();
        if (recipients.Count == 0)
        {
            log.LogError("Overdue safeguarding flags and no safeguarding duty manager account: telling the administrators");
            recipients = (await users.GetUsersInRoleAsync(Roles.Administrator)).Where(u => !u.IsDisabled && u.Email is not null).ToList();
        }
        var links = services.GetRequiredService<SafeguardingLinks>();
        var site = services.GetRequiredService<SiteUrl>();
        var lines = due.GroupBy(f => (f.Source, f.SourceRecord)).OrderBy(g => g.Min(f => f.DueAt)).Select(g =>
        {
            var first = g.First();
            var times = g.Max(f => f.EscalationCount) + 1;
            return $"- {FreeTextSources.Label(first.Source)}, {first.SourceLabel}: {"flag".ToQuantity(g.Count())}, due {Uk(g.Min(f => f.DueAt))} (reminder {times}): {site.Absolute(links.Record(first.Source, first.SourceRecord))}";
        });
        var body =
            "These safeguarding flags have not been decided by their deadline. Please make sure someone on safeguarding duty decides them now.\n\n" +
            string.Join("\n", lines) +
            $"\n\nYou will be told again each working hour until they are decided. The queue: {site.Absolute(links.Index())}\n\nThis email does not include anyone's words.";
        // Saved with the escalation marks below, in one SaveChanges: the outbox dispatcher sends them.
        var outbox = services.GetRequiredService<Voice.Data.Outbox.Outbox>();
        foreach (var person in recipients)
            outbox.Email("safeguarding-escalation", person.Email!, $"Overdue safeguarding flags: {due.Select(f => (f.Source, f.SourceRecord)).Distinct().Count()} not decided in time", body);
        foreach (var flag in due)
        {
            flag.EscalatedAt = now;
            flag.EscalationCount++;
        }
        await db.SaveChangesAsync(ct);
        log.LogWarning("Escalated {Count} overdue safeguarding flags to {People} people", due.Count, recipients.Count);
        return due.Count;
    }

    public Task RunAsync(IServiceProvider services, CancellationToken ct) => RunForAsync(services, ct);

    /// <summary>A stored instant in UK time (<see cref="Voice.Data.Calendar.UkClock"/>), as the escalation email shows it.</summary>
    public static string Uk(DateTime utc) => Voice.Data.Calendar.UkClock.ToUk(utc).ToString("d MMM HH:mm", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
}

/// <summary>
/// Retrains the semantic screen when safeguarding staff have added labelled examples (or taken
/// some away) since the model in use was trained. Checked every minute; the new model is swapped
/// in only once it is trained.
/// </summary>
public class SafeguardingRetrainJob : IBackgroundJob
{
    // Every node keeps its own model in memory, so every node must retrain: the job is named per
    // process, so each node holds its own lease.
    public string Name { get; } = $"safeguarding-retrain:{Environment.MachineName}:{Environment.ProcessId}";
    public TimeSpan Interval => TimeSpan.FromMinutes(1);
    public TimeSpan LeaseDuration => TimeSpan.FromMinutes(5);

    /// <summary>Retrains when the staff examples changed; returns true when it did.</summary>
    public async Task<bool> RunForAsync(IServiceProvider services, CancellationToken ct)
    {
        var signal = services.GetRequiredService<SafeguardingScreen>().Semantic;
        if (signal is null) return false;
        var db = services.GetRequiredService<VoiceDbContext>();
        var rows = await db.SafeguardingExamples.AsNoTracking().OrderBy(e => e.Id).ToListAsync(ct);
        var key = $"{rows.Count}:{(rows.Count == 0 ? 0 : rows[^1].Id)}";
        if (key == signal.StaffExamplesKey) return false;
        var model = await Task.Run(() => signal.Retrain([.. rows.Select(r => new LabelledText(r.Label == LabelledText.FlagLabel, r.Harm, r.Text))], key), ct);
        services.GetRequiredService<ILogger<SafeguardingRetrainJob>>().LogInformation(
            "Safeguarding semantic screen retrained on {Count} examples ({Staff} from staff); threshold {Threshold}", model.ExampleCount, rows.Count, model.Threshold);
        return true;
    }

    public Task RunAsync(IServiceProvider services, CancellationToken ct) => RunForAsync(services, ct);
}
