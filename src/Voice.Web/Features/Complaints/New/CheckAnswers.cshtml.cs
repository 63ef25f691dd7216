using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Audit;
using Voice.Data.Complaints;

namespace Voice.Web.Features.Complaints.New;

public class CheckAnswersModel(VoiceDbContext db, ComplaintLinks links, Voice.Data.Calendar.UkClock clock, ComplaintIntake intake, Infrastructure.Languages.PageText text,
    Microsoft.AspNetCore.DataProtection.IDataProtectionProvider protection, TimeProvider time) : NewComplaintPage(db, links, clock)
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
        // Only the request that made the complaint knows its code; a second press of "Send" finds
        // it on the draft (encrypted, for an hour) and the Done page shows it again.
        var draft = Db.ComplaintDrafts.Where(d => d.Id == DraftId);
        if (result.Secret is not null)
        {
            var kept = DraftCode.Protect(protection, time, result.Secret.Pack());
            await draft.ExecuteUpdateAsync(s => s.SetProperty(d => d.ComplaintId, result.Complaint.Id).SetProperty(d => d.Data, "{}").SetProperty(d => d.TrackingCode, kept), ct);
        }
        else
            await draft.ExecuteUpdateAsync(s => s.SetProperty(d => d.ComplaintId, result.Complaint.Id).SetProperty(d => d.Data, "{}"), ct);
        return Redirect(Links.Done(DraftId));
    }
}
