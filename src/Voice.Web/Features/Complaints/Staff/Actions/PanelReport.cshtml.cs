using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Voice.Data;
using Voice.Data.Complaints;
using Voice.Web.Infrastructure.GovUk;
using Voice.Web.Infrastructure.Validation;
using Voice.Web.Features.Complaints;

namespace Voice.Web.Features.Complaints.Staff.Actions;

/// <summary>Records the date the review panel sent its report, which starts the clock for the final response.</summary>
public class PanelReportModel(VoiceDbContext db, ComplaintWork work, ComplaintLinks links) : ComplaintActionPage(db, work, links)
{
    public override ComplaintAction Action => ComplaintAction.PanelReport;
    [BindProperty] public DateParts SentOn { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await OpenAsync(ct) is { } away) return away;
        SentOn = DateParts.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadForChangeAsync(ct) is { } away) return away;
        var on = RequireDate(SentOn, nameof(SentOn), "The date the report was sent", notBefore: Complaint.Panel!.MeetingOn);
        this.ThrowIfInvalid();
        Apply(nameof(SentOn), () => Complaint.RecordPanelReport(on));
        await RefreshAsync(nameof(SentOn), ct);
        return await SaveAsync("Panel report recorded", ct);
    }
}
