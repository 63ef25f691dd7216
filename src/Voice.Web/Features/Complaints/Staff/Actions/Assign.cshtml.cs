using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Voice.Data;
using Voice.Data.Complaints;
using Voice.Web.Infrastructure.GovUk;
using Voice.Web.Infrastructure.Validation;
using Voice.Web.Features.Complaints;

namespace Voice.Web.Features.Complaints.Staff.Actions;

/// <summary>Assigns the complaint to a complaints officer or manager.</summary>
public class AssignModel(VoiceDbContext db, ComplaintWork work, ComplaintLinks links) : ComplaintActionPage(db, work, links)
{
    public override ComplaintAction Action => ComplaintAction.Assign;
    [BindProperty] public string? Officer { get; set; }
    public List<ComplaintsAccess.Officer> Officers { get; private set; } = [];
    public IEnumerable<Choice> OfficerChoices => Officers.Select(o => new Choice(o.Id, o.Name));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await OpenAsync(ct) is { } away) return away;
        Officers = await ComplaintsAccess.OfficersAsync(Db, ct);
        Officer = Complaint.AssignedToId;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadForChangeAsync(ct) is { } away) return away;
        Officers = await ComplaintsAccess.OfficersAsync(Db, ct);
        if (Officers.FirstOrDefault(o => o.Id == Officer) is not { } officer) { this.Fail(nameof(Officer), "Select an officer"); return Page(); }
        Apply(nameof(Officer), () => Complaint.Assign(officer.Id, officer.Name));
        return await SaveAsync($"Assigned to {officer.Name}", ct);
    }
}
