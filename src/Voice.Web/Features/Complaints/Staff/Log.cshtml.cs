using System.Security.Cryptography;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Voice.Data.Complaints;
using Voice.Web.Infrastructure.GovUk;
using Voice.Web.Infrastructure.Security;
using Voice.Web.Infrastructure.Validation;
using Voice.Web.Features.Complaints;
using Voice.Web.Features.Complaints.New;

namespace Voice.Web.Features.Complaints.Staff;

/// <summary>Staff log a complaint received by phone, letter, email or in person, with the date it was received.</summary>
public class LogModel(ComplaintIntake intake, ComplaintWork work, ComplaintLinks links) : PageModel
{
    static readonly InlineValidator<LogModel> Rules = new()
    {
        v => v.RuleFor(m => m.Channel).NotNull().WithMessage("Select how the complaint was received"),
        v => v.RuleFor(m => m.Channel).NotEqual(ReceivedChannel.Online).WithMessage("Select how the complaint was received"),
        v => v.RuleFor(m => m.Who).NotNull().WithMessage("Select who is making the complaint"),
        v => v.RuleFor(m => m.Relationship).NotEmpty().When(m => m.Who is ComplainantType.OnBehalf or ComplainantType.Other).WithMessage("Enter their relationship to the child"),
        v => v.RuleFor(m => m.Relationship).MaximumLength(200).WithMessage("Relationship must be 200 characters or fewer"),
        v => v.RuleFor(m => m.Service).Must(s => ComplaintServices.Find(s) is not null).WithMessage("Select which service the complaint is about"),
        v => v.RuleFor(m => m.Description).NotEmpty().WithMessage("Enter what the complaint is about"),
        v => v.RuleFor(m => m.Description).MaximumLength(ComplaintConfiguration.DescriptionMax).WithMessage($"What happened must be {ComplaintConfiguration.DescriptionMax} characters or fewer"),
        v => v.RuleFor(m => m.WantedOutcome).MaximumLength(ComplaintConfiguration.TextMax).WithMessage($"What they want to happen must be {ComplaintConfiguration.TextMax} characters or fewer"),
        v => v.RuleFor(m => m.Name).NotEmpty().WithMessage("Enter the complainant's name"),
        v => v.RuleFor(m => m.Name).MaximumLength(200).WithMessage("Name must be 200 characters or fewer"),
        v => v.RuleFor(m => m.Email).MaximumLength(256).WithMessage("Email address must be 256 characters or fewer"),
        v => v.RuleFor(m => m.Email).EmailAddress().When(m => !string.IsNullOrWhiteSpace(m.Email)).WithMessage("Enter an email address in the correct format, like name@example.com"),
        v => v.RuleFor(m => m.Phone).MaximumLength(40).WithMessage("Phone number must be 40 characters or fewer"),
        v => v.RuleFor(m => m.Address).MaximumLength(500).WithMessage("Address must be 500 characters or fewer"),
        v => v.RuleFor(m => m.Preference).NotNull().WithMessage("Select how they would like to be contacted"),
        v => v.RuleFor(m => m.Email).NotEmpty().When(m => m.Preference == ContactPreference.Email).WithMessage("Enter their email address"),
        v => v.RuleFor(m => m.Phone).NotEmpty().When(m => m.Preference == ContactPreference.Phone).WithMessage("Enter their phone number"),
        v => v.RuleFor(m => m.Address).NotEmpty().When(m => m.Preference == ContactPreference.Post).WithMessage("Enter their address"),
        v => v.RuleFor(m => m.InterpreterLanguage).NotEmpty().When(m => m.Help.Contains("interpreter")).WithMessage("Enter the language they need an interpreter for"),
        v => v.RuleFor(m => m.InterpreterLanguage).MaximumLength(100).WithMessage("The language must be 100 characters or fewer"),
    };

    public static IEnumerable<Choice> ChannelChoices =>
        Enum.GetValues<ReceivedChannel>().Where(c => c != ReceivedChannel.Online).Select(c => new Choice(c.ToString(), c.Label()));
    public static IEnumerable<Choice> WhoChoices => Enum.GetValues<ComplainantType>().Select(t => new Choice(t.ToString(), t.Label()));
    public static IEnumerable<Choice> HelpChoices => [new("advocate", "Wants an advocate"), new("interpreter", "Needs an interpreter")];

    static readonly string[] FormOrder =
    [
        nameof(Channel), nameof(ReceivedOn), nameof(Who), nameof(Relationship), nameof(Service), nameof(Description), nameof(HappenedOn),
        nameof(WantedOutcome), nameof(InterpreterLanguage), nameof(Name), nameof(Email), nameof(Phone), nameof(Address), nameof(Preference),
    ];

    [BindProperty] public string SubmissionKey { get; set; } = "";
    [BindProperty] public ReceivedChannel? Channel { get; set; }
    [BindProperty] public DateParts ReceivedOn { get; set; } = new();
    [BindProperty] public ComplainantType? Who { get; set; }
    [BindProperty] public string? Relationship { get; set; }
    [BindProperty] public string? Service { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public DateParts HappenedOn { get; set; } = new();
    [BindProperty] public string? WantedOutcome { get; set; }
    [BindProperty] public List<string> Help { get; set; } = [];
    [BindProperty] public string? InterpreterLanguage { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Phone { get; set; }
    [BindProperty] public string? Address { get; set; }
    [BindProperty] public ContactPreference? Preference { get; set; }

    public void OnGet()
    {
        SubmissionKey = "staff-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        ReceivedOn = DateParts.From(work.Today);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        foreach (var name in new[] { nameof(Channel), nameof(Who), nameof(Preference) })
            if (ModelState[name]?.Errors.Count > 0) ModelState.Remove(name);
        // Errors are listed in the order of the form, dates included.
        var errors = (await Rules.ValidateAsync(this, ct)).Errors.Select(e => (Field: e.PropertyName, e.ErrorMessage)).ToList();
        var (received, receivedError) = ReceivedOn.Parse("The date it was received");
        if (receivedError is not null) errors.Add((nameof(ReceivedOn), receivedError));
        else if (received > work.Today) errors.Add((nameof(ReceivedOn), "The date it was received must be today or in the past"));
        DateOnly? happened = null;
        if (!HappenedOn.IsEmpty)
        {
            var (h, error) = HappenedOn.Parse("The date it happened");
            if (error is not null) errors.Add((nameof(HappenedOn), error));
            else if (h > work.Today) errors.Add((nameof(HappenedOn), "The date it happened must be today or in the past"));
            happened = h;
        }
        foreach (var (field, message) in errors.OrderBy(e => Array.IndexOf(FormOrder, e.Field)))
            this.AddError(field, message);
        this.ThrowIfInvalid();

        var state = new NewComplaintState
        {
            Who = Who, Relationship = Relationship, Service = Service, Description = Description, HappenedOn = happened,
            WantedOutcome = WantedOutcome, NeedsAdvocate = Help.Contains("advocate"), NeedsInterpreter = Help.Contains("interpreter"),
            InterpreterLanguage = InterpreterLanguage, Name = Name, Email = Email, Phone = Phone, Address = Address, Preference = Preference,
        };
        var key = SubmissionKey.Length is > 0 and <= 64 ? SubmissionKey : null;
        var result = await intake.SubmitAsync(state, Channel!.Value, received!.Value, key, User.ToActor(), ct);
        TempData["Banner"] = result.TrackingCode is null
            ? $"This complaint was already logged as {result.Complaint.Reference}"
            : $"Complaint {result.Complaint.Reference} logged. Tracking code for the complainant: {result.TrackingCode}" +
              (result.Complaint.Email is null ? " (they have no email address: give it to them by phone or letter)" : " (also sent by email)");
        return Redirect(links.Details(result.Complaint.Id));
    }
}
