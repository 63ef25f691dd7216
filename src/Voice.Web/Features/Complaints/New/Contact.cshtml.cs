using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Voice.Data;
using Voice.Data.Complaints;
using Voice.Web.Infrastructure.GovUk;
using Voice.Web.Infrastructure.Validation;

namespace Voice.Web.Features.Complaints.New;

public class ContactModel(VoiceDbContext db, ComplaintLinks links, Voice.Data.Calendar.UkClock clock) : NewComplaintPage(db, links, clock)
{
    static readonly InlineValidator<ContactModel> Rules = new()
    {
        v => v.RuleFor(m => m.Name).NotEmpty().WithMessage("Enter your name"),
        v => v.RuleFor(m => m.Name).MaximumLength(200).WithMessage("Your name must be 200 characters or fewer"),
        v => v.RuleFor(m => m.Email).MaximumLength(256).WithMessage("Email address must be 256 characters or fewer"),
        v => v.RuleFor(m => m.Email).EmailAddress().When(m => !string.IsNullOrWhiteSpace(m.Email))
              .WithMessage("Enter an email address in the correct format, like name@example.com"),
        v => v.RuleFor(m => m.Phone).MaximumLength(40).WithMessage("Phone number must be 40 characters or fewer"),
        v => v.RuleFor(m => m.Phone).Matches(@"^[0-9 +()\-]{7,40}$").When(m => !string.IsNullOrWhiteSpace(m.Phone))
              .WithMessage("Enter a phone number, like 01632 960 001 or 07700 900 982"),
        v => v.RuleFor(m => m.Address).MaximumLength(500).WithMessage("Address must be 500 characters or fewer"),
        v => v.RuleFor(m => m.Preference).NotNull().WithMessage("Select how you would like us to contact you"),
        v => v.RuleFor(m => m.Email).NotEmpty().When(m => m.Preference == ContactPreference.Email).WithMessage("Enter your email address"),
        v => v.RuleFor(m => m.Phone).NotEmpty().When(m => m.Preference == ContactPreference.Phone).WithMessage("Enter your phone number"),
        v => v.RuleFor(m => m.Address).NotEmpty().When(m => m.Preference == ContactPreference.Post).WithMessage("Enter your address"),
    };

    public static IEnumerable<Choice> Choices =>
    [
        new(nameof(ContactPreference.Email), "Email"),
        new(nameof(ContactPreference.Phone), "Phone"),
        new(nameof(ContactPreference.Post), "Post"),
    ];

    public override string Question => "contact";
    protected override string? Previous => "help";

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Phone { get; set; }
    [BindProperty] public string? Address { get; set; }
    [BindProperty] public ContactPreference? Preference { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } away) return away;
        (Name, Email, Phone, Address, Preference) = (State.Name, State.Email, State.Phone, State.Address, State.Preference);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } away) return away;
        if (ModelState[nameof(Preference)]?.Errors.Count > 0) { ModelState.Remove(nameof(Preference)); Preference = null; }
        await this.ThrowIfInvalidAsync(Rules);
        State.Name = Name!.Trim();
        State.Email = Blank(Email);
        State.Phone = Blank(Phone);
        State.Address = Blank(Address);
        State.Preference = Preference;
        await SaveAsync(ct);
        return Redirect(Links.Check(DraftId));
    }

    static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
