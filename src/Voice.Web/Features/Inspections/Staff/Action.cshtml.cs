using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Audit;
using Voice.Data.Inspections;
using Voice.Web.Api;
using Voice.Web.Infrastructure.GovUk;
using Voice.Web.Infrastructure.Security;
using Voice.Web.Infrastructure.Validation;

namespace Voice.Web.Features.Inspections.Staff;

/// <summary>One action: everyone in the area reads it; only its owner records progress or marks it done.</summary>
public class ActionModel(VoiceDbContext db, AuditWriter audit, CalendarService calendars, InspectionLinks links, Voice.Web.Features.Inspections.YouSaidWeDid.YouSaidWeDidCache youSaidWeDid) : PageModel
{
    static readonly InlineValidator<ActionModel> Rules = new()
    {
        v => v.RuleFor(m => m.ProgressNote).NotEmpty().WithMessage("Enter what has been done"),
        v => v.RuleFor(m => m.ProgressNote).MaximumLength(1000).WithMessage("What has been done must be 1000 characters or fewer"),
    };

    [BindProperty(SupportsGet = true)] public int ActionId { get; set; }
    [BindProperty] public string? ProgressNote { get; set; }
    [BindProperty] public List<string> Done { get; set; } = [];
    [TempData] public string? Banner { get; set; }

    public AuditAction Item { get; private set; } = null!;
    public string AuditTitle { get; private set; } = "";
    public bool IsOwner => Item.OwnerId == User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
    public bool Overdue => Item.IsOverdue(calendars.Today);
    public static readonly IReadOnlyList<Choice> DoneChoice = [new("yes", "The action is done")];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        ProgressNote = Item.ProgressNote;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (!IsOwner) return Forbid();
        await this.ThrowIfInvalidAsync(Rules);
        Item.ProgressNote = ProgressNote!.Trim();
        var done = Done.Contains("yes") && Item.Status == ActionStatus.Open;
        if (done)
        {
            Item.Status = ActionStatus.Done;
            Item.DoneOn = calendars.Today;
        }
        audit.Add(User.ToActor(), done ? "Marked action done" : "Updated action progress", "AuditAction", Item.Id.ToString(), Item.ProgressNote);
        await db.SaveChangesAsync(ct);
        youSaidWeDid.Evict();
        Banner = done ? "The action is done. The young inspectors will check it." : "Progress saved";
        return Redirect(links.Action(ActionId));
    }

    async Task<bool> LoadAsync(CancellationToken ct)
    {
        var found = await db.AuditActions.SingleOrDefaultAsync(a => a.Id == ActionId, ct);
        if (found is null) return false;
        Item = found;
        AuditTitle = await db.Audits.Where(a => a.Id == found.AuditId).Select(a => a.Title).SingleAsync(ct);
        return true;
    }
}
