using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Voice.Data;
using Voice.Data.Complaints;
using Voice.Web.Infrastructure.GovUk;
using Voice.Web.Infrastructure.Validation;
using Voice.Web.Features.Complaints;

namespace Voice.Web.Features.Complaints.Staff.Actions;

/// <summary>Records a referral to the Local Government and Social Care Ombudsman and, when decided, its outcome.</summary>
public class OmbudsmanModel(VoiceDbContext db, ComplaintWork work, ComplaintLinks links) : ComplaintActionPage(db, work, links)
{
    public static IReadOnlyList<string> Outcomes => ComplaintTransitions.OmbudsmanOutcomes;

    static readonly InlineValidator<OmbudsmanModel> Rules = new()
    {
        v => v.RuleFor(m => m.OmbudsmanReference).MaximumLength(50).WithMessage("The ombudsman's reference must be 50 characters or fewer"),
        v => v.RuleFor(m => m.Outcome).Must(o => Outcomes.Contains(o)).When(m => !string.IsNullOrEmpty(m.Outcome)).WithMessage("Select the outcome from the list"),
        v => v.RuleFor(m => m.Outcome).NotEmpty().When(m => !m.DecidedOn.IsEmpty).WithMessage("Select the outcome"),
        v => v.RuleFor(m => m.Remedy).MaximumLength(ComplaintConfiguration.TextMax).WithMessage($"The remedy must be {ComplaintConfiguration.TextMax} characters or fewer"),
    };

    public override ComplaintAction Action => ComplaintAction.Ombudsman;
    [BindProperty] public DateParts ReferredOn { get; set; } = new();
    [BindProperty] public string? OmbudsmanReference { get; set; }
    [BindProperty] public string? Outcome { get; set; }
    [BindProperty] public DateParts DecidedOn { get; set; } = new();
    [BindProperty] public string? Remedy { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await OpenAsync(ct) is { } away) return away;
        var o = Complaint.Ombudsman;
        ReferredOn = DateParts.From(o?.ReferredOn ?? Today);
        (OmbudsmanReference, Outcome, DecidedOn, Remedy) = (o?.OmbudsmanReference, o?.Outcome, DateParts.From(o?.DecidedOn), o?.Remedy);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadForChangeAsync(ct) is { } away) return away;
        var referred = RequireDate(ReferredOn, nameof(ReferredOn), "The date referred", notBefore: Complaint.ReceivedOn);
        await CheckAsync(Rules);
        var decided = OptionalDate(DecidedOn, nameof(DecidedOn), "The date decided", notBefore: referred);
        this.ThrowIfInvalid();
        Apply(nameof(Remedy), () => Complaint.RecordOmbudsman(referred, Blank(OmbudsmanReference), Blank(Outcome), decided, Blank(Remedy)));
        return await SaveAsync("Ombudsman details saved", ct);
    }
}
