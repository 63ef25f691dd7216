using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Inspections;
using Voice.Web.Api;
using Voice.Web.Infrastructure.Jobs;
using Voice.Web.Infrastructure.Notifications;

namespace Voice.Web.Features.Inspections;

/// <summary>
/// Chases the owners of audit actions that are due within <see cref="WarnWithinWorkingDays"/>
/// working days or overdue: one email per owner per working day listing their actions. The day
/// is recorded on each action before the email goes, so a second node or a second run that day
/// sends nothing. Sent through the app's one notification sender.
/// </summary>
public class ActionRemindersJob : IBackgroundJob
{
    public const int WarnWithinWorkingDays = 2;
    public string Name => "audit-action-reminders";
    public TimeSpan Interval => TimeSpan.FromHours(1);

    public Task RunAsync(IServiceProvider services, CancellationToken ct) => RunForAsync(services, services.GetRequiredService<CalendarService>().Today, ct);

    /// <summary>Sends what is due on <paramref name="today"/>; returns the addresses written to.</summary>
    public async Task<IReadOnlyList<string>> RunForAsync(IServiceProvider services, DateOnly today, CancellationToken ct)
    {
        var db = services.GetRequiredService<VoiceDbContext>();
        var calendar = await services.GetRequiredService<CalendarService>().GetAsync(db, ct);
        var outbox = services.GetRequiredService<Voice.Data.Outbox.Outbox>();
        var links = services.GetRequiredService<InspectionLinks>();
        var log = services.GetRequiredService<ILogger<ActionRemindersJob>>();
        if (!calendar.IsWorkingDay(today)) return [];

        var due = (await AuditActionCounts.DueByAsync(db, calendar.AddWorkingDays(today, WarnWithinWorkingDays), ct))
            .Where(a => a.LastRemindedOn != today).ToList();
        var sent = new List<string>();
        foreach (var owner in due.GroupBy(a => a.OwnerId))
        {
            var address = await db.Users.Where(u => u.Id == owner.Key && !u.IsDisabled).Select(u => u.Email).SingleOrDefaultAsync(ct);
            if (address is null) continue;
            foreach (var a in owner) a.LastRemindedOn = today;
            var lines = owner.Select(a => a.DueOn < today
                ? $"OVERDUE since {a.DueOn:d MMMM yyyy} ({calendar.CountWorkingDays(a.DueOn, today)} working days late): {a.What}\n{links.ActionAbsolute(a.Id)}"
                : $"Due {a.DueOn:dddd d MMMM yyyy}: {a.What}\n{links.ActionAbsolute(a.Id)}");
            var overdue = owner.Count(a => a.DueOn < today);
            var subject = overdue > 0 ? $"Young inspector actions overdue: {overdue}" : $"Young inspector actions due soon: {owner.Count()}";
            // The reminder and the "reminded today" marks are saved together; the outbox dispatcher sends it.
            outbox.Email("audit-action-reminder", address, subject,
                $"These actions you own, agreed in answer to young inspectors' recommendations, need you:\n\n{string.Join("\n\n", lines)}\n\nRecord progress or mark an action done on its page. The young inspectors will check it happened.");
            await db.SaveChangesAsync(ct);
            sent.Add(address);
        }
        return sent;
    }
}
