using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Audit;
using Voice.Data.CareLeavers;
using Voice.Web.Infrastructure.GovUk;
using Voice.Web.Infrastructure.Security;
using Voice.Web.Infrastructure.Validation;

namespace Voice.Web.Features.CareLeavers.Staff.HealthHistory;

/// <summary>One request: who asked, for what, its notes; the team updates its status. Reading it is audited.</summary>
public class DetailsModel(VoiceDbContext db, AuditWriter audit, HealthHistoryLinks links, Voice.Data.Calendar.UkClock clock) : PageModel
{
    static readonly InlineValidator<DetailsModel> Rules = new()
    {
        v => v.RuleFor(m => m.Status).NotEmpty().WithMessage("Select a status"),
        v => v.RuleFor(m => m.Note).MaximumLength(HealthHistoryRules.MaxNote).WithMessage($"Note must be {HealthHistoryRules.MaxNote} characters or fewer"),
    };

    public static readonly IReadOnlyList<Choice> StatusChoices =
        Enum.GetValues<HealthHistoryStatus>().Select(s => new Choice(s.ToString(), StatusLabel(s))).ToList();

    public static string StatusLabel(HealthHistoryStatus s) => s switch
    {
        HealthHistoryStatus.Received => "Received",
        HealthHistoryStatus.InProgress => "In progress",
        HealthHistoryStatus.WaitingForInformation => "Waiting for information",
        HealthHistoryStatus.Sent => "Sent",
        HealthHistoryStatus.Closed => "Closed",
        _ => s.ToString(),
    };

    public HealthHistoryRequest Item { get; private set; } = null!;
    public bool Overdue { get; private set; }
    [BindProperty] public string? Status { get; set; }
    /// <summary>The version of the request the form showed: two people updating it at once do not overwrite each other.</summary>
    [BindProperty] public int? Version { get; set; }
    [BindProperty] public string? Note { get; set; }
    [TempData] public string? Banner { get; set; }

    async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var request = await db.HealthHistoryRequests.Include(r => r.Notes.OrderByDescending(n => n.At)).SingleOrDefaultAsync(r => r.Id == id, ct);
        if (request is null) return false;
        Item = request;
        Overdue = HealthHistoryRules.IsOverdue(request.Status, request.DueOn, clock.Today);
        return true;
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Status = Item.Status.ToString();
        await audit.WriteAsync(User.ToActor(), "Viewed health history request", nameof(HealthHistoryRequest), Item.Reference, ct: ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Status is not null && !Enum.TryParse<HealthHistoryStatus>(Status, out _)) Status = null;
        await this.ThrowIfInvalidAsync(Rules);
        db.ExpectVersion(Item, Version);
        var now = clock.UtcNow;
        var actor = User.ToActor();
        var status = Enum.Parse<HealthHistoryStatus>(Status!);
        var changes = new List<string>();
        if (status != Item.Status)
        {
            changes.Add($"status {Item.Status} to {status}");
            Item.Status = status;
            Item.CompletedAt = Item.IsOpen ? null : now;
        }
        if (!string.IsNullOrWhiteSpace(Note))
        {
            Item.Notes.Add(new HealthHistoryNote { At = now, AuthorId = actor.Id, AuthorName = actor.Name, Text = Note.Trim() });
            changes.Add("note added");
        }
        if (changes.Count > 0)
        {
            Item.UpdatedAt = now;
            audit.Add(actor, "Updated health history request", nameof(HealthHistoryRequest), Item.Reference, string.Join("; ", changes));
            await db.SaveChangesAsync(ct);
            Banner = $"Request {Item.Reference} updated";
        }
        return Redirect(links.Details(id));
    }
}
