using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Audit;
using Voice.Data.Complaints;
using Voice.Data.Identity;
using Voice.Web.Infrastructure.Security;
using Voice.Web.Features.Complaints;

namespace Voice.Web.Features.Complaints.Staff;

/// <summary>A complaint in full for staff: facts, clocks (with the calendar version each used), outcomes and the whole timeline. Every read is audited.</summary>
public class DetailsModel(VoiceDbContext db, ComplaintWork work, AuditWriter audit, Voice.Web.Api.CalendarService calendars) : PageModel
{
    [FromRoute] public long Id { get; set; }
    public Complaint Complaint { get; private set; } = null!;
    public List<ComplaintEvent> Timeline { get; private set; } = [];
    public DeadlineCalculator Calculator { get; private set; } = null!;
    public Voice.Data.Calendar.WorkingDayCalendar Calendar { get; private set; } = null!;
    public DateOnly Today { get; private set; }
    public string? Banner { get; private set; }
    public ComplaintRole Role => User.IsInRole(Roles.ComplaintsManager) ? ComplaintRole.Manager : ComplaintRole.Officer;
    /// <summary>What this person may do to the complaint now (a learning action is updated from its own link).</summary>
    public IEnumerable<ComplaintAction> Actions => Complaint.AvailableActions(Role).Where(a => a != ComplaintAction.LearningStatus);
    /// <summary>A response is due but cannot be recorded yet because it decides each point and there are none.</summary>
    public bool NeedsPointsBeforeResponse =>
        Complaint.Points.Count == 0 && !Complaint.IsFinished && Complaint.Status == ComplaintStatus.Open
        && Complaint.RespondingStage() is not null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var c = await work.LoadAsync(Id, ct);
        if (c is null) return NotFound();
        Complaint = c;
        Timeline = await db.ComplaintEvents.AsNoTracking().Where(e => e.ComplaintId == Id).OrderByDescending(e => e.At).ThenByDescending(e => e.Id).ToListAsync(ct);
        Calculator = await work.CalculatorAsync(ct);
        Calendar = await calendars.GetAsync(db, ct);
        Today = work.Today;
        Banner = TempData["Banner"] as string;
        await audit.WriteAsync(User.ToActor(), "Viewed complaint", "Complaint", c.Reference, ct: ct);
        return Page();
    }

    /// <summary>How a due date was reached, in words, so it can be checked by hand.</summary>
    public string Explain(ComplaintDeadline d)
    {
        var scales = ComplaintTimescales.For(Complaint.Route);
        var allowance = scales.Has(d.Step) ? scales[d.Step].WorkingDays : 0;
        var dayZero = Calendar.StartDay(d.StartOn);
        var text = $"Day 0 is {dayZero:ddd d MMM yyyy}" + (dayZero == d.StartOn ? "" : $" (the first working day after {d.StartOn:d MMM})") +
                   $". {allowance} working days" + (d.ExtensionDays > 0 ? $" plus a {d.ExtensionDays}-day extension" : "") +
                   (d.PausedDays > 0 ? $", and {d.PausedDays} working days paused" : "") + ".";
        var holidays = Enumerable.Range(dayZero.Year, d.DueOn.Year - dayZero.Year + 1).SelectMany(Calendar.Holidays)
            .Where(h => h.Date > dayZero && h.Date <= d.DueOn).ToList();
        if (holidays.Count > 0) text += " Bank holidays not counted: " + string.Join(", ", holidays.Select(h => $"{h.DisplayTitle} {h.Date:d MMM}")) + ".";
        text += d.CalendarVersion == Calendar.Version
            ? $" Calendar version {d.CalendarVersion}."
            : $" Worked out with calendar version {d.CalendarVersion}; the current version is {Calendar.Version}.";
        return text;
    }

    public string StatusOf(ComplaintDeadline d)
    {
        if (d.CompletedOn is { } done) return done <= d.DueOn ? $"Done {done:d MMM yyyy}, in time" : $"Done {done:d MMM yyyy}, late";
        return Calculator.Status(d, Today).Label();
    }
}
