using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Audit;
using Voice.Data.Complaints;

namespace Voice.Web.Pages.Complaints.New;

public class CheckAnswersModel(VoiceDbContext db, ComplaintLinks links, Voice.Data.Calendar.UkClock clock, ComplaintIntake intake, Infrastructure.Languages.PageText text) : NewComplaintPage(db, links, clock)
{
    public override string Question => "check";
    protected override string? Previous => "contact";
    public string ChangeLink(string question) => Links.Question(DraftId, question, change: true);
    public bool IsLate => State.IsLate(Today);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } away) return away;
        if (State.FirstUnanswered(Today) is { } missing) return Redirect(Links.Question(DraftId, missing));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } away) return away;
        if (State.FirstUnanswered(Today) is { } missing) return Redirect(Links.Question(DraftId, missing));

        var result = await intake.SubmitAsync(State, ReceivedChannel.Online, Today, submissionKey: DraftId, AuditActor.Public, ct, language: text.Language.Code);
        await Db.ComplaintDrafts.Where(d => d.Id == DraftId)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.ComplaintId, result.Complaint.Id).SetProperty(d => d.Data, "{}"), ct);
        // The code is shown once, on the next page; only its hash is kept.
        if (result.TrackingCode is not null) TempData["TrackingCode"] = result.TrackingCode;
        return Redirect(Links.Done(DraftId));
    }
}
