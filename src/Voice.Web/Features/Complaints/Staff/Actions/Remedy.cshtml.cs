using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Voice.Data;
using Voice.Data.Complaints;
using Voice.Web.Infrastructure.GovUk;
using Voice.Web.Infrastructure.Validation;
using Voice.Web.Features.Complaints;

namespace Voice.Web.Features.Complaints.Staff.Actions;

/// <summary>Records a remedy agreed with the complainant: an apology, a payment, a change to the service.</summary>
public class RemedyModel(VoiceDbContext db, ComplaintWork work, ComplaintLinks links) : ComplaintActionPage(db, work, links)
{
    static readonly InlineValidator<RemedyModel> Rules = new()
    {
        v => v.RuleFor(m => m.Kind).NotNull().WithMessage("Select the kind of remedy"),
        v => v.RuleFor(m => m.Remedy).NotEmpty().WithMessage("Enter the remedy"),
        v => v.RuleFor(m => m.Remedy).MaximumLength(ComplaintConfiguration.TextMax).WithMessage($"The remedy must be {ComplaintConfiguration.TextMax} characters or fewer"),
        v => v.RuleFor(m => m.Amount).Must(a => Pence(a) is not null).When(m => !string.IsNullOrWhiteSpace(m.Amount)).WithMessage("Enter an amount in pounds, like 250 or 250.00"),
        v => v.RuleFor(m => m.Amount).NotEmpty().When(m => m.Kind == RemedyKind.Payment).WithMessage("Enter the amount of the payment"),
    };

    public static IEnumerable<Choice> KindChoices =>
    [
        new(nameof(RemedyKind.Apology), "Apology"), new(nameof(RemedyKind.Payment), "Payment"),
        new(nameof(RemedyKind.ServiceChange), "Change to the service for this family"), new(nameof(RemedyKind.Other), "Other"),
    ];

    public override ComplaintAction Action => ComplaintAction.Remedy;
    [BindProperty] public RemedyKind? Kind { get; set; }
    [BindProperty] public string? Remedy { get; set; }
    /// <summary>Pounds, like "250" or "£250.00"; needed for a payment.</summary>
    [BindProperty] public string? Amount { get; set; }
    [BindProperty] public DateParts AgreedOn { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await OpenAsync(ct) is { } away) return away;
        AgreedOn = DateParts.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadForChangeAsync(ct) is { } away) return away;
        await CheckAsync(Rules);
        var on = RequireDate(AgreedOn, nameof(AgreedOn), "The date agreed", notBefore: Complaint.ReceivedOn);
        this.ThrowIfInvalid();
        Apply(nameof(Remedy), () => Complaint.AddRemedy(Kind!.Value, Remedy!, Pence(Amount), on));
        return await SaveAsync("Remedy added", ct);
    }

    static int? Pence(string? pounds) =>
        decimal.TryParse(pounds?.Trim().TrimStart('£'), NumberStyles.Number, CultureInfo.InvariantCulture, out var p) && p is > 0 and < 1_000_000 && decimal.Round(p, 2) == p
            ? (int)(p * 100) : null;
}
