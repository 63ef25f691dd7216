using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Voice.Data;
using Voice.Data.Complaints;
using Voice.Web.Infrastructure.GovUk;
using Voice.Web.Infrastructure.Validation;
using Voice.Web.Features.Complaints;

namespace Voice.Web.Features.Complaints.Staff.Actions;

/// <summary>Restarts the paused clock, and tells the complainant the new reply date.</summary>
public class ResumeModel(VoiceDbContext db, ComplaintWork work, ComplaintLinks links) : ComplaintActionPage(db, work, links)
{
    public override ComplaintAction Action => ComplaintAction.Resume;
    [BindProperty] public DateParts ResumedOn { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await OpenAsync(ct) is { } away) return away;
        ResumedOn = DateParts.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadForChangeAsync(ct) is { } away) return away;
        var on = RequireDate(ResumedOn, nameof(ResumedOn), "The date the clock restarts", notBefore: Complaint.OpenPause()!.PausedOn);
        this.ThrowIfInvalid();
        var (pause, change) = Try(nameof(ResumedOn), () => Complaint.Resume(on));
        Work.Apply(Complaint, Actor, change);
        await RefreshAsync(nameof(ResumedOn), ct);
        if (Complaint.Deadlines.FirstOrDefault(d => d.Step == pause.Step) is { } due)
            Tell(new ComplainantLetter("email.subject.restarted", Complaint.Reference).Say("email.restarted").Also("email.reply-by", due.DueOn));
        return await SaveAsync("Clock restarted", ct);
    }
}
