using Humanizer;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Audit;
using Voice.Data.Calendar;
using Voice.Web.Api;
using Voice.Web.Infrastructure.GovUk;
using Voice.Web.Infrastructure.Security;
using Voice.Web.Infrastructure.Validation;
using Voice.Web.Features.Complaints;

namespace Voice.Web.Features.Admin.Staff.Calendar;

/// <summary>
/// Administrators add a one-off bank holiday (a jubilee, a state funeral) or remove one that was
/// moved, and undo their own adjustments. Each change is audited, makes a new calendar version,
/// and moves the due dates of unfinished complaints.
/// </summary>
public class IndexModel(VoiceDbContext db, CalendarService calendars, AuditWriter audit, ComplaintWork work, TimeProvider clock, CalendarLinks links) : PageModel
{
    static readonly InlineValidator<IndexModel> Rules = new()
    {
        v => v.RuleFor(m => m.Kind).NotEmpty().WithMessage("Select whether to add or remove a bank holiday"),
        v => v.RuleFor(m => m.Kind).Must(k => k is null or "Added" or "Removed").WithMessage("Select whether to add or remove a bank holiday"),
        v => v.RuleFor(m => m.Title).NotEmpty().WithMessage("Enter the name of the bank holiday, or why it is removed"),
        v => v.RuleFor(m => m.Title).MaximumLength(200).WithMessage("The name must be 200 characters or fewer"),
    };

    public static IEnumerable<Choice> KindChoices =>
    [
        new("Added", "Add a one-off bank holiday", "For example a state funeral or a coronation"),
        new("Removed", "Remove a bank holiday", "When a proclamation moves or cancels one"),
    ];

    [BindProperty] public DateParts Date { get; set; } = new();
    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public string? Title { get; set; }

    public List<CalendarAdjustmentRecord> Adjustments { get; private set; } = [];
    public List<CalendarVersionRecord> Versions { get; private set; } = [];
    public IReadOnlyList<BankHoliday> Upcoming { get; private set; } = [];
    public string Version { get; private set; } = "";
    public string? Banner { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Banner = TempData["Banner"] as string;
        await LoadAsync(ct);
    }

    async Task LoadAsync(CancellationToken ct)
    {
        var calendar = await calendars.GetAsync(db, ct);
        Version = calendar.Version;
        Adjustments = await db.CalendarAdjustments.AsNoTracking().OrderBy(a => a.Date).ToListAsync(ct);
        Versions = await db.CalendarVersions.AsNoTracking().OrderByDescending(v => v.Id).Take(20).ToListAsync(ct);
        var today = calendars.Today;
        Upcoming = calendar.Holidays(today.Year).Concat(calendar.Holidays(today.Year + 1)).Where(h => h.Date >= today).ToList();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var (date, error) = Date.Parse("The date");
        if (error is not null) this.AddError(nameof(Date), error);
        await this.ThrowIfInvalidAsync(Rules);

        var day = date!.Value;
        var kind = Enum.Parse<AdjustmentKind>(Kind!);
        var calendar = await calendars.GetAsync(db, ct);
        if (Adjustments.Any(a => a.Date == day))
            this.Fail(nameof(Date), "The calendar is already adjusted on this date. Undo that change first");
        if (kind == AdjustmentKind.Added && day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            this.Fail(nameof(Date), "The date must be a weekday: enter the weekday the holiday is taken on");
        if (kind == AdjustmentKind.Added && calendar.HolidayOn(day) is { } existing)
            this.Fail(nameof(Date), $"{day:d MMMM yyyy} is already a bank holiday ({existing.DisplayTitle})");
        if (kind == AdjustmentKind.Removed && calendar.HolidayOn(day) is null)
            this.Fail(nameof(Date), $"{day:d MMMM yyyy} is not a bank holiday");

        var row = new CalendarAdjustmentRecord
        {
            Date = day, Kind = kind, Title = Title!.Trim(), CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedBy = User.ToActor().Name,
        };
        db.CalendarAdjustments.Add(row);
        var change = kind == AdjustmentKind.Added ? $"Added bank holiday {day:yyyy-MM-dd} ({row.Title})" : $"Removed bank holiday {day:yyyy-MM-dd} ({row.Title})";
        await SaveVersionAsync(Adjustments.Append(row), change, ct);
        return Redirect(links.Index());
    }

    public async Task<IActionResult> OnPostUndoAsync(long id, CancellationToken ct)
    {
        var row = await db.CalendarAdjustments.SingleOrDefaultAsync(a => a.Id == id, ct);
        if (row is null) return NotFound();
        var others = await db.CalendarAdjustments.AsNoTracking().Where(a => a.Id != id).ToListAsync(ct);
        db.CalendarAdjustments.Remove(row);
        await SaveVersionAsync(others, $"Undid the change on {row.Date:yyyy-MM-dd} ({row.Kind}: {row.Title})", ct);
        return Redirect(links.Index());
    }

    async Task SaveVersionAsync(IEnumerable<CalendarAdjustmentRecord> adjustments, string change, CancellationToken ct)
    {
        var list = adjustments.ToList();
        var next = calendars.With(list);
        var actor = User.ToActor();
        await calendars.RecordVersionAsync(db, next.Version, CalendarService.Snapshot(list), change, actor.Name, ct);
        audit.Add(actor, change, "Calendar", next.Version);
        await db.SaveChangesAsync(ct);
        calendars.Invalidate();
        db.ChangeTracker.Clear();
        var moved = await work.RecalculateOpenAsync(AuditActor.System, ct);
        TempData["Banner"] = $"{change}. Calendar version {next.Version}. Due dates moved on {"complaint".ToQuantity(moved)}.";
    }
}
