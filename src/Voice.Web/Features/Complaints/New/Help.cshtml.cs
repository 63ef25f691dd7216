using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Voice.Data;
using Voice.Data.Complaints;
using Voice.Web.Infrastructure.GovUk;
using Voice.Web.Infrastructure.Validation;

namespace Voice.Web.Features.Complaints.New;

public class HelpModel(VoiceDbContext db, ComplaintLinks links, Voice.Data.Calendar.UkClock clock) : NewComplaintPage(db, links, clock)
{
    static readonly InlineValidator<HelpModel> Rules = new()
    {
        v => v.RuleForEach(m => m.Needs).Must(n => n is "advocate" or "interpreter" or "format" or "none").WithMessage("Select the help you need from the list"),
        v => v.RuleFor(m => m.Needs).Must(n => !(n.Contains("none") && n.Count > 1)).WithMessage("Select the help you need, or select that you do not need help"),
        v => v.RuleFor(m => m.InterpreterLanguage).NotEmpty().When(m => m.Needs.Contains("interpreter")).WithMessage("Enter the language you need an interpreter for"),
        v => v.RuleFor(m => m.InterpreterLanguage).MaximumLength(100).WithMessage("The language must be 100 characters or fewer"),
        v => v.RuleFor(m => m.OtherFormat).NotEmpty().When(m => m.Needs.Contains("format")).WithMessage("Enter the format you need, for example large print or easy read"),
        v => v.RuleFor(m => m.OtherFormat).MaximumLength(200).WithMessage("The format must be 200 characters or fewer"),
    };

    public static IEnumerable<Choice> Choices =>
    [
        new("advocate", "An advocate", "Someone independent who helps you say what you want and understand what happens"),
        new("interpreter", "An interpreter"),
        new("format", "Letters in another format", "For example large print, easy read, braille or audio"),
        new("none", "I do not need any help"),
    ];

    public override string Question => "help";
    protected override string? Previous => "outcome";
    public bool OfferedAdvocacy => State.Who?.IsOfferedAdvocacy() == true;

    [BindProperty] public List<string> Needs { get; set; } = [];
    [BindProperty] public string? InterpreterLanguage { get; set; }
    [BindProperty] public string? OtherFormat { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } away) return away;
        if (State.HelpAnswered)
        {
            if (State.NeedsAdvocate) Needs.Add("advocate");
            if (State.NeedsInterpreter) Needs.Add("interpreter");
            if (State.OtherFormat is not null) Needs.Add("format");
            if (Needs.Count == 0) Needs.Add("none");
        }
        InterpreterLanguage = State.InterpreterLanguage;
        OtherFormat = State.OtherFormat;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } away) return away;
        if (Needs.Count == 0) this.Fail(nameof(Needs), "Select the help you need, or select that you do not need help");
        await this.ThrowIfInvalidAsync(Rules);
        State.HelpAnswered = true;
        State.NeedsAdvocate = Needs.Contains("advocate");
        State.NeedsInterpreter = Needs.Contains("interpreter");
        State.InterpreterLanguage = State.NeedsInterpreter ? InterpreterLanguage!.Trim() : null;
        State.OtherFormat = Needs.Contains("format") ? OtherFormat!.Trim() : null;
        await SaveAsync(ct);
        return Next("contact");
    }
}
