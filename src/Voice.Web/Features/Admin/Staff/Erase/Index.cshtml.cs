using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Audit;
using Voice.Web.Infrastructure.GovUk;
using Voice.Web.Infrastructure.Retention;
using Voice.Web.Infrastructure.Security;
using Voice.Web.Infrastructure.Validation;

namespace Voice.Web.Features.Admin.Staff.Erase;

/// <summary>
/// An administrator erases one person's data on request (a right to erasure the council has
/// agreed), found by a complaint or health history reference: a complaint (with any parts split
/// from it) is anonymised as the retention job does, a health history request is deleted, and in
/// both cases the safeguarding flags on the record and the messages queued or sent to the person
/// are deleted. The erasure is audited with the reason; the audit log itself is never changed.
/// </summary>
public class IndexModel(VoiceDbContext db, AuditWriter audit) : PageModel
{
    static readonly InlineValidator<IndexModel> Rules = new()
    {
        v => v.RuleFor(m => m.Reference).NotEmpty().WithMessage("Enter the complaint or health history reference"),
        v => v.RuleFor(m => m.Reference).MaximumLength(30).WithMessage("The reference must be 30 characters or fewer"),
        v => v.RuleFor(m => m.Reason).NotEmpty().WithMessage("Enter why this person's data is being erased"),
        v => v.RuleFor(m => m.Reason).MaximumLength(1000).WithMessage("The reason must be 1000 characters or fewer"),
        v => v.RuleFor(m => m.Confirmed).Must(c => c.Contains("yes")).WithMessage("Confirm you have checked this is the right person"),
    };

    public static readonly IEnumerable<Choice> ConfirmChoices = [new("yes", "I have checked this is the right person. This cannot be undone")];

    [BindProperty] public string? Reference { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public List<string> Confirmed { get; set; } = [];
    [TempData] public string? Banner { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await this.ThrowIfInvalidAsync(Rules);
        var reference = Reference!.Trim().ToUpperInvariant();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        string what;
        var complaint = await db.Complaints.Where(c => c.Reference == reference).Select(c => new { c.Id, c.Email }).SingleOrDefaultAsync(ct);
        if (complaint is not null)
        {
            var family = db.Complaints.Where(c => c.Id == complaint.Id || c.SplitFromId == complaint.Id);
            var ids = await family.Select(c => c.Id.ToString()).ToListAsync(ct);
            var messages = complaint.Email is null ? 0 : await db.OutboxMessages.Where(m => m.ToEmail == complaint.Email).ExecuteDeleteAsync(ct);
            var flags = await db.SafeguardingFlags.Where(f => f.Source == Safeguarding.FreeTextSources.Complaint && ids.Contains(f.SourceRecord)).ExecuteDeleteAsync(ct);
            var anonymised = await RetentionJob.AnonymiseAsync(family, ct);
            what = $"{anonymised} complaint record(s) anonymised, {flags} safeguarding flag(s) and {messages} message(s) deleted";
        }
        else if (await db.HealthHistoryRequests.Where(r => r.Reference == reference).Select(r => new { r.Id, r.Email }).SingleOrDefaultAsync(ct) is { } request)
        {
            var messages = request.Email is null ? 0 : await db.OutboxMessages.Where(m => m.ToEmail == request.Email).ExecuteDeleteAsync(ct);
            var id = request.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var flags = await db.SafeguardingFlags.Where(f => f.Source == Safeguarding.FreeTextSources.HealthHistory && f.SourceRecord == id).ExecuteDeleteAsync(ct);
            await db.HealthHistoryRequests.Where(r => r.Id == request.Id).ExecuteDeleteAsync(ct);
            what = $"health history request deleted, {flags} safeguarding flag(s) and {messages} message(s) deleted";
        }
        else
        {
            this.Fail(nameof(Reference), "There is no complaint or health history request with that reference");
            return Page();
        }
        audit.Add(User.ToActor(), "Erased a person's data", complaint is not null ? "Complaint" : "HealthHistoryRequest", reference, $"{what}. Reason: {Reason!.Trim()}");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        Banner = $"{reference}: {what}";
        return Redirect(Request.Path);
    }
}
