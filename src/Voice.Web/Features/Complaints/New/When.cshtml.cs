using Microsoft.AspNetCore.Mvc;
using Voice.Data;
using Voice.Web.Infrastructure.GovUk;
using Voice.Web.Infrastructure.Validation;

namespace Voice.Web.Features.Complaints.New;

public class WhenModel(VoiceDbContext db, ComplaintLinks links, Voice.Data.Calendar.UkClock clock) : NewComplaintPage(db, links, clock)
{
    public override string Question => "when";
    protected override string? Previous => "what-happened";

    [BindProperty] public DateParts HappenedOn { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } away) return away;
        HappenedOn = DateParts.From(State.HappenedOn);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } away) return away;
        var (date, error) = HappenedOn.Parse("The date it happened");
        if (error is not null) this.Fail(nameof(HappenedOn), error);
        if (date > Today) this.Fail(nameof(HappenedOn), "The date it happened must be today or in the past");
        if (date!.Value.Year < 1900) this.Fail(nameof(HappenedOn), "The date it happened must be after 1900");
        State.HappenedOn = date;
        if (!State.IsLate(Today)) { State.LateAsked = false; State.LateReason = null; }
        await SaveAsync(ct);
        return State.IsLate(Today) && !State.LateAsked
            ? Redirect(Links.Question(DraftId, "late", Change))
            : Next("outcome");
    }
}
