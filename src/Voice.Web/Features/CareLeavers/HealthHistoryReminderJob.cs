using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.CareLeavers;
using Voice.Data.Identity;
using Voice.Web.Features.CareLeavers;
using Voice.Web.Infrastructure.Jobs;

namespace Voice.Web.Features.CareLeavers;

/// <summary>
/// Once a day, emails the health team a list of open requests that are overdue or due within a
/// week. Each request is in at most one reminder a day (LastRemindedOn), even if the job runs again.
/// </summary>
public class HealthHistoryReminderJob : IBackgroundJob
{
    public string Name => "care-leavers-health-history-reminders";
    public TimeSpan Interval => TimeSpan.FromHours(1);

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<VoiceDbContext>();
        var clock = services.GetRequiredService<Voice.Data.Calendar.UkClock>();
        var outbox = services.GetRequiredService<Voice.Data.Outbox.Outbox>();
        var users = services.GetRequiredService<UserManager<VoiceUser>>();
        var links = services.GetRequiredService<HealthHistoryLinks>();
        var today = clock.Today;
        var horizon = today.AddDays(HealthHistoryRules.DueSoonDays);

        var due = await db.HealthHistoryRequests
            .Where(r => r.Status != HealthHistoryStatus.Sent && r.Status != HealthHistoryStatus.Closed && r.DueOn <= horizon)
            .Where(r => r.LastRemindedOn == null || r.LastRemindedOn < today)
            .OrderBy(r => r.DueOn)
            .ToListAsync(ct);
        if (due.Count == 0) return;

        var en = CultureInfo.GetCultureInfo("en-GB");
        string Line(HealthHistoryRequest r) => $"- {r.Reference}, due {r.DueOn.ToString("d MMMM yyyy", en)}: {links.Absolute(links.Details(r.Id))}";
        var overdue = due.Where(r => r.DueOn < today).ToList();
        var soon = due.Where(r => r.DueOn >= today).ToList();
        var body = "Health history requests that need attention:\n\n"
                   + (overdue.Count > 0 ? $"Overdue ({overdue.Count}):\n{string.Join("\n", overdue.Select(Line))}\n\n" : "")
                   + (soon.Count > 0 ? $"Due within {HealthHistoryRules.DueSoonDays} days ({soon.Count}):\n{string.Join("\n", soon.Select(Line))}\n\n" : "")
                   + $"All requests: {links.Absolute(links.Index())}";
        var subject = overdue.Count > 0
            ? $"{overdue.Count} health history {(overdue.Count == 1 ? "request is" : "requests are")} overdue"
            : $"{soon.Count} health history {(soon.Count == 1 ? "request is" : "requests are")} due soon";
        foreach (var member in await users.GetUsersInRoleAsync(Roles.HealthTeam))
            if (!member.IsDisabled && member.Email is not null)
                outbox.Email("health-history-reminder", member.Email, subject, body);
        foreach (var r in due) r.LastRemindedOn = today;
        await db.SaveChangesAsync(ct);
    }
}
