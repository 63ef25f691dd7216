using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Voice.Data;
using Voice.Data.Complaints;
using Voice.Web.Infrastructure.GovUk;
using Voice.Web.Infrastructure.Validation;
using Voice.Web.Features.Complaints;

namespace Voice.Web.Features.Complaints.Staff.Actions;

/// <summary>Starts Stage 2 on a request made by phone or letter, and records the investigating officer, independent person and agreed statement.</summary>
public class Stage2Model(VoiceDbContext db, ComplaintWork work, ComplaintLinks links) : ComplaintActionPage(db, work, links)
{
    static readonly InlineValidator<Stage2Model> Rules = new()
    {
        v => v.RuleFor(m => m.InvestigatingOfficer).MaximumLength(200).WithMessage("Name must be 200 characters or fewer"),
        v => v.RuleFor(m => m.IndependentPerson).MaximumLength(200).WithMessage("Name must be 200 characters or fewer"),
        v => v.RuleFor(m => m.IndependentPerson).Must((m, ip) => !string.Equals(m.InvestigatingOfficer!.Trim(), ip?.Trim(), StringComparison.OrdinalIgnoreCase))
              .When(m => !string.IsNullOrWhiteSpace(m.InvestigatingOfficer)).WithMessage("The independent person must be someone other than the investigating officer"),
    };

    public override ComplaintAction Action => ComplaintAction.Stage2;
    [BindProperty] public DateParts RequestedOn { get; set; } = new();
    [BindProperty] public string? InvestigatingOfficer { get; set; }
    [BindProperty] public string? IndependentPerson { get; set; }
    [BindProperty] public DateParts StatementAgreedOn { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await OpenAsync(ct) is { } away) return away;
        RequestedOn = DateParts.From(Today);
        (InvestigatingOfficer, IndependentPerson) = (Complaint.Stage2?.InvestigatingOfficer, Complaint.Stage2?.IndependentPerson);
        StatementAgreedOn = DateParts.From(Complaint.Stage2?.StatementAgreedOn);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadForChangeAsync(ct) is { } away) return away;
        var c = Complaint;
        var requested = c.Stage2?.RequestedOn ?? RequireDate(RequestedOn, nameof(RequestedOn), "The date Stage 2 was requested", notBefore: c.Stage1RespondedOn);
        var agreed = OptionalDate(StatementAgreedOn, nameof(StatementAgreedOn), "The date the statement was agreed", notBefore: requested);
        await this.ThrowIfInvalidAsync(Rules);
        var calc = await Work.CalculatorAsync(ct);
        foreach (var change in Try(nameof(RequestedOn), () => c.UpdateStage2(requested, Blank(InvestigatingOfficer), Blank(IndependentPerson), agreed, calc)))
            Work.Apply(c, Actor, change);
        await RefreshAsync(nameof(StatementAgreedOn), ct);
        return await SaveAsync("Stage 2 details saved", ct);
    }
}
