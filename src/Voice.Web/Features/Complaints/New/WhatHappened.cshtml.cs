using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Voice.Data;
using Voice.Data.Complaints;
using Voice.Web.Infrastructure.Validation;

namespace Voice.Web.Features.Complaints.New;

public class WhatHappenedModel(VoiceDbContext db, ComplaintLinks links, Voice.Data.Calendar.UkClock clock) : NewComplaintPage(db, links, clock)
{
    static readonly InlineValidator<WhatHappenedModel> Rules = new()
    {
        v => v.RuleFor(m => m.Description).NotEmpty().WithMessage("Enter what happened"),
        v => v.RuleFor(m => m.Description).MaximumLength(ComplaintConfiguration.DescriptionMax)
              .WithMessage($"What happened must be {ComplaintConfiguration.DescriptionMax} characters or fewer"),
    };

    public override string Question => "what-happened";
    protected override string? Previous => "service";

    [BindProperty] public string? Description { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } away) return away;
        Description = State.Description;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } away) return away;
        if (string.IsNullOrWhiteSpace(Description)) Description = null;
        await this.ThrowIfInvalidAsync(Rules);
        State.Description = Description!.Trim();
        await SaveAsync(ct);
        return Next("when");
    }
}
