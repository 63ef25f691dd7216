using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Audit;
using Voice.Data.Complaints;
using Voice.Data.Identity;
using Voice.Web.Infrastructure.Concurrency;
using Voice.Web.Infrastructure.GovUk;
using Voice.Web.Infrastructure.Security;
using Voice.Web.Infrastructure.Validation;
using Voice.Web.Features.Complaints;

namespace Voice.Web.Features.Complaints.Staff.Actions;

/// <summary>
/// What every staff action page on a complaint shares (one page per action, at
/// /staff/complaints/{id}/{action}): the complaint loaded whole, the complaint's own rule on
/// whether the action is offered now (<see cref="ComplaintActions.Allows"/>), the version the
/// form showed (a change someone else saved since gives the conflict page, not an overwrite),
/// and one save of the change, its timeline event, audit entry and outbox emails together.
/// </summary>
public abstract class ComplaintActionPage(VoiceDbContext db, ComplaintWork work, ComplaintLinks links) : PageModel, IConflictHistory
{
    public abstract ComplaintAction Action { get; }

    [FromRoute] public long Id { get; set; }
    /// <summary>The version of the complaint the form showed.</summary>
    [BindProperty] public int? Version { get; set; }
    /// <summary>The newest timeline event when the form was shown, so a conflict can say what happened since.</summary>
    [BindProperty] public long SeenEvent { get; set; }

    public Complaint Complaint { get; private set; } = null!;
    public string Title => Action.Label();
    public DateOnly Today => work.Today;
    public ComplaintRole Role => User.IsInRole(Roles.ComplaintsManager) ? ComplaintRole.Manager : ComplaintRole.Officer;
    protected VoiceDbContext Db => db;
    protected ComplaintWork Work => work;
    protected ComplaintLinks Links => links;
    protected AuditActor Actor => User.ToActor();

    /// <summary>
    /// A value that does not bind (a route that is not one, "abc" for days) is left empty, so the
    /// page's own rule says what to enter instead of the framework's message.
    /// </summary>
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context) => ModelState.Clear();

    /// <summary>Loads the complaint for the form: null to show it, or where to go instead.</summary>
    protected async Task<IActionResult?> OpenAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } away) return away;
        SeenEvent = await db.ComplaintEvents.Where(e => e.ComplaintId == Id).MaxAsync(e => (long?)e.Id, ct) ?? 0;
        return null;
    }

    /// <summary>Loads the complaint for a post, expecting the version the form showed.</summary>
    protected async Task<IActionResult?> LoadForChangeAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } away) return away;
        db.ExpectVersion(Complaint, Version);
        return null;
    }

    async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await work.LoadAsync(Id, ct) is not { } c) return NotFound();
        Complaint = c;
        return c.Allows(Action, Role) ? null : Redirect(links.Details(Id));
    }

    /// <summary>Runs a transition of the complaint; a rule it refuses is shown on the field, and nothing is saved.</summary>
    protected T Try<T>(string field, Func<T> transition)
    {
        try
        {
            return transition();
        }
        catch (ComplaintRuleException e)
        {
            db.ChangeTracker.Clear();
            this.Fail(field, e.Message);
            throw;
        }
    }

    /// <summary>Runs a transition and records what it did on the timeline (and in the audit log).</summary>
    protected void Apply(string field, Func<ComplaintChange> transition) => work.Apply(Complaint, Actor, Try(field, transition));

    /// <summary>Records a change that is not a state transition (a point, a remedy) on the timeline.</summary>
    protected void Record(string kind, string summary, string? detail = null, bool isPublic = false) =>
        work.Record(Complaint, Actor, kind, summary, detail, isPublic);

    /// <summary>Works the clocks out again; dates the clocks cannot use (a pause before a clock started) are the user's error, on the field.</summary>
    protected async Task RefreshAsync(string field, CancellationToken ct)
    {
        var calc = await work.CalculatorAsync(ct);
        try
        {
            ComplaintClocks.Refresh(Complaint, calc, work.Today, work.Now);
        }
        catch (ArgumentException e)
        {
            db.ChangeTracker.Clear();
            this.Fail(field, e.Message.Split(" (Parameter")[0]);
        }
    }

    /// <summary>Queues an email to the complainant in the outbox: saved, and later sent, only with the change.</summary>
    protected void Tell(ComplainantLetter letter) => work.TellComplainant(Complaint, "complaint-" + ComplaintLinks.Slug(Action), letter);

    /// <summary>Saves everything the action did in one go and goes back to the complaint (Post-Redirect-Get).</summary>
    protected async Task<IActionResult> SaveAsync(string banner, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        TempData["Banner"] = banner;
        return Redirect(links.Details(Id));
    }

    /// <summary>Adds the page's rule errors without stopping, for forms whose later fields (dates) are checked by hand.</summary>
    protected async Task CheckAsync<T>(FluentValidation.IValidator<T> rules) where T : ComplaintActionPage
    {
        foreach (var e in (await rules.ValidateAsync((T)this)).Errors) this.AddError(e.PropertyName, e.ErrorMessage);
    }

    /// <summary>The date in the parts, or an error on the field: not in the future unless allowed, not before <paramref name="notBefore"/>.</summary>
    protected DateOnly RequireDate(DateParts parts, string field, string what, DateOnly? notBefore = null, bool allowFuture = false)
    {
        var (date, error) = parts.Parse(what);
        if (error is null && !allowFuture && date > Today) error = $"{what} must be today or in the past";
        if (error is null && date < notBefore) error = $"{what} must be on or after {notBefore:d MMMM yyyy}";
        if (error is not null) this.AddError(field, error);
        return date ?? default;
    }

    /// <summary>An optional date: null when left empty.</summary>
    protected DateOnly? OptionalDate(DateParts parts, string field, string what, DateOnly? notBefore = null, bool allowFuture = false) =>
        parts.IsEmpty ? null : RequireDate(parts, field, what, notBefore, allowFuture);

    protected static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    public async Task<IReadOnlyList<string>> ChangesSinceShownAsync(CancellationToken ct) =>
        (await db.ComplaintEvents.AsNoTracking().Where(e => e.ComplaintId == Id && e.Id > SeenEvent).OrderBy(e => e.Id).ToListAsync(ct))
        .Select(e => $"{ComplaintVoice.ForStaff(e.Summary)} ({e.ActorName}, {Voice.Data.Calendar.UkClock.Format(e.At)})").ToList();
}
