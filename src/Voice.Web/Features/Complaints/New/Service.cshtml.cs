using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Voice.Data;
using Voice.Data.Complaints;
using Voice.Web.Infrastructure.GovUk;
using Voice.Web.Infrastructure.Validation;

namespace Voice.Web.Features.Complaints.New;

public class ServiceModel(VoiceDbContext db, ComplaintLinks links, Voice.Data.Calendar.UkClock clock) : NewComplaintPage(db, links, clock)
{
    static readonly InlineValidator<ServiceModel> Rules = new()
    {
        v => v.RuleFor(m => m.Service).Must(s => ComplaintServices.Find(s) is not null).WithMessage("Select which service your complaint is about"),
    };

    public static IEnumerable<Choice> Choices => ComplaintServices.All.Select(s => new Choice(s.Code, s.Label));
    public override string Question => "service";
    protected override string? Previous => "who";

    [BindProperty] public string? Service { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } away) return away;
        Service = State.Service;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } away) return away;
        await this.ThrowIfInvalidAsync(Rules);
        State.Service = Service;
        await SaveAsync(ct);
        return Next("what-happened");
    }
}
