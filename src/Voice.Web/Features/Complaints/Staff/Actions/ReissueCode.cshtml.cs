using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Access;
using Voice.Data.Complaints;
using Voice.Web.Infrastructure.Validation;
using Voice.Web.Features.Complaints;

namespace Voice.Web.Features.Complaints.Staff.Actions;

/// <summary>
/// A new tracking code for a complainant who lost theirs or whose code others may have seen: the
/// old code (and every browser session opened with it) stops working, the complainant is sent the
/// new code and link, and the timeline and audit log say who did it and why. Parts split from the
/// same complaint share its code, so they get the new one too.
/// </summary>
public class ReissueCodeModel(VoiceDbContext db, ComplaintWork work, ComplaintLinks links, AccessCodes codes) : ComplaintActionPage(db, work, links)
{
    static readonly InlineValidator<ReissueCodeModel> Rules = new()
    {
        v => v.RuleFor(m => m.Reason).NotEmpty().WithMessage("Enter why a new tracking code is needed"),
        v => v.RuleFor(m => m.Reason).MaximumLength(500).WithMessage("The reason must be 500 characters or fewer"),
    };

    public override ComplaintAction Action => ComplaintAction.ReissueCode;
    [BindProperty] public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await OpenAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadForChangeAsync(ct) is { } away) return away;
        await this.ThrowIfInvalidAsync(Rules);
        var secret = AccessSecret.New();
        var oldHash = Complaint.TrackingCodeHash;
        var (newHash, newLink) = (codes.Hash(secret.Code), codes.HashLink(secret.LinkToken!));
        var family = await Db.Complaints.Where(x => x.TrackingCodeHash == oldHash && x.Id != Complaint.Id).ToListAsync(ct);
        foreach (var c in family.Append(Complaint)) (c.TrackingCodeHash, c.TrackingLinkHash) = (newHash, newLink);
        Record("Tracking code replaced", "A new tracking code was sent; the old one no longer works", Reason!.Trim());
        Tell(new ComplainantLetter("email.subject.new-code", Complaint.Reference)
            .Say("email.new-code")
            .Say("email.new-code.link").AsWritten(Links.TrackingLink(Complaint.Reference, secret))
            .Say("email.receipt.or", Links.Absolute(Links.Track()), secret.Code)
            .Say("email.new-code.keep"));
        return await SaveAsync("A new tracking code was sent to the complainant", ct);
    }
}
