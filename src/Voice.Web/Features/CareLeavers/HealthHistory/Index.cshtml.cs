using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Audit;
using Voice.Data.CareLeavers;
using Voice.Data.Identity;
using Voice.Web.Features.CareLeavers;
using Voice.Web.Features.Safeguarding;
using Voice.Web.Infrastructure.GovUk;
using Voice.Web.Infrastructure.Notifications;
using Voice.Web.Infrastructure.Validation;

namespace Voice.Web.Features.CareLeavers.HealthHistory;

/// <summary>A care leaver asks the looked-after children's health team for their health history.</summary>
[AllowAnonymous]
public class IndexModel(VoiceDbContext db, AuditWriter audit, Voice.Data.Outbox.Outbox outbox, UserManager<VoiceUser> users,
    CareLeaverLinks links, HealthHistoryLinks staffLinks, Voice.Data.Calendar.UkClock clock, Api.CalendarService calendars) : PageModel
{
    // In the order of the form, so the error summary lists problems as the fields appear.
    static readonly InlineValidator<IndexModel> Rules = new()
    {
        v => v.RuleFor(m => m.FullName).NotEmpty().WithMessage("Enter your full name"),
        v => v.RuleFor(m => m.FullName).MaximumLength(200).WithMessage("Full name must be 200 characters or fewer"),
        v => v.RuleFor(m => m.OtherNames).MaximumLength(200).WithMessage("Other names must be 200 characters or fewer"),
        v => v.RuleFor(m => m.DateOfBirth).Must((m, _) => m.DateOfBirthProblem() is null).WithMessage(m => m.DateOfBirthProblem()!),
        v => v.RuleFor(m => m.ContactBy).NotEmpty().WithMessage("Select how we should contact you"),
        v => v.RuleFor(m => m.Email).NotEmpty().When(m => m.ContactBy == nameof(ContactMethod.Email) || m.ReceiveBy == nameof(ReceiveMethod.Email))
              .WithMessage("Enter your email address"),
        v => v.RuleFor(m => m.Email).MaximumLength(256).EmailAddress().When(m => !string.IsNullOrEmpty(m.Email))
              .WithMessage("Enter an email address in the correct format, like name@example.com"),
        v => v.RuleFor(m => m.Phone).NotEmpty().When(m => m.ContactBy == nameof(ContactMethod.Phone)).WithMessage("Enter your phone number"),
        v => v.RuleFor(m => m.Phone).MaximumLength(40).Matches(@"^[0-9+()\- ]{6,40}$").When(m => !string.IsNullOrEmpty(m.Phone))
              .WithMessage("Enter a phone number, like 01632 960 001 or 07700 900 982"),
        v => v.RuleFor(m => m.Address).NotEmpty().When(m => m.ContactBy == nameof(ContactMethod.Post) || m.ReceiveBy == nameof(ReceiveMethod.Post))
              .WithMessage("Enter your address"),
        v => v.RuleFor(m => m.Address).MaximumLength(500).WithMessage("Address must be 500 characters or fewer"),
        v => v.RuleFor(m => m.WhatTheyWant).NotEmpty().WithMessage("Enter what you would like from your health history"),
        v => v.RuleFor(m => m.WhatTheyWant).MaximumLength(HealthHistoryRules.MaxWhatTheyWant)
              .WithMessage($"What you would like must be {HealthHistoryRules.MaxWhatTheyWant} characters or fewer"),
        v => v.RuleFor(m => m.ReceiveBy).NotEmpty().WithMessage("Select how you would like to get your health history"),
    };

    public static readonly IReadOnlyList<Choice> ContactChoices =
        [new(nameof(ContactMethod.Email), "Email"), new(nameof(ContactMethod.Phone), "Phone"), new(nameof(ContactMethod.Post), "Post")];

    public static readonly IReadOnlyList<Choice> ReceiveChoices =
    [
        new(nameof(ReceiveMethod.Email), "By email", "We send it as a protected file and tell you the password another way."),
        new(nameof(ReceiveMethod.Post), "By post", "We send it by recorded delivery."),
        new(nameof(ReceiveMethod.Collect), "I will collect it", "From the Civic Centre, Northfield. Bring photo ID."),
        new(nameof(ReceiveMethod.MeetNurse), "I would like a nurse to go through it with me", "We will contact you to arrange a time and place."),
    ];

    [BindProperty] public string? FullName { get; set; }
    [BindProperty] public string? OtherNames { get; set; }
    [BindProperty] public DateParts DateOfBirth { get; set; } = new();
    [BindProperty] public string? ContactBy { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Phone { get; set; }
    [BindProperty] public string? Address { get; set; }
    [BindProperty] public string? WhatTheyWant { get; set; }
    [BindProperty] public string? ReceiveBy { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var now = clock.UtcNow;
        var today = Voice.Data.Calendar.UkClock.DateOf(now);
        this.today = today;
        if (ContactBy is not null && !Enum.TryParse<ContactMethod>(ContactBy, out _)) ContactBy = null;
        if (ReceiveBy is not null && !Enum.TryParse<ReceiveMethod>(ReceiveBy, out _)) ReceiveBy = null;
        await this.ThrowIfInvalidAsync(Rules);

        var code = HealthHistoryRules.NewCode();
        var request = new HealthHistoryRequest
        {
            Reference = await NewReferenceAsync(ct),
            CodeHash = HealthHistoryRules.HashCode(code),
            FullName = FullName!.Trim(),
            OtherNames = Blank(OtherNames),
            DateOfBirth = DateOfBirth.Parse("Date of birth").Date!.Value,
            ContactBy = Enum.Parse<ContactMethod>(ContactBy!),
            Email = Blank(Email),
            Phone = Blank(Phone),
            Address = Blank(Address),
            WhatTheyWant = WhatTheyWant!.Trim(),
            ReceiveBy = Enum.Parse<ReceiveMethod>(ReceiveBy!),
            Status = HealthHistoryStatus.Received,
            ReceivedAt = now,
            UpdatedAt = now,
            DueOn = HealthHistoryRules.DueOn(now, await calendars.GetAsync(db, ct)),
        };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.HealthHistoryRequests.Add(request);
        audit.Add(AuditActor.Public, "Health history requested", nameof(HealthHistoryRequest), request.Reference);
        await db.SaveChangesAsync(ct);

        var due = request.DueOn.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
        if (request.Email is not null)
            outbox.Email("health-history-received", request.Email, $"We have your health history request {request.Reference}",
                $"Hello {request.FullName},\n\nThank you for asking for your health history. Your reference is {request.Reference}.\n\n" +
                $"The looked-after children's health team will send it to you by {due}. They may contact you if they need to check anything.\n\n" +
                $"You can check how your request is going at {staffLinks.PublicBaseUrl}{links.HealthHistoryStatus()} with your reference and the private code you were shown when you sent your request.\n\n" +
                "If you did not ask for this, phone the leaving care team on 01632 960000.", phone: request.Phone, address: request.Address);
        foreach (var member in await users.GetUsersInRoleAsync(Roles.HealthTeam))
            if (!member.IsDisabled && member.Email is not null)
                outbox.Email("health-history-new", member.Email, $"New health history request {request.Reference}",
                    $"A care leaver has asked for their health history. Reference {request.Reference}, due by {due}.\n\n{staffLinks.Absolute(staffLinks.Details(request.Id))}");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        // After the commit, as everywhere: screening may wait for the model, and a transaction
        // held open meanwhile kept every other writer of an SQLite database waiting.
        await HttpContext.RequestServices.GetRequiredService<SafeguardingIntake>().ScreenAsync(FreeText.ForHealthHistory(request), ct);

        TempData["HealthHistoryReference"] = request.Reference;
        TempData["HealthHistoryCode"] = code;
        TempData["HealthHistoryDue"] = due;
        if (Data.CareLeavers.CheckerFacts.AgeOn(request.DateOfBirth, today) >= HealthHistoryRules.SupportEndsAt) TempData["HealthHistoryOver25"] = true;
        return Redirect(links.HealthHistorySent());
    }

    DateOnly today;

    string? DateOfBirthProblem()
    {
        var (dob, error) = DateOfBirth.Parse("Date of birth");
        if (error is not null) return error;
        if (dob > today) return "Date of birth must be in the past";
        var age = Data.CareLeavers.CheckerFacts.AgeOn(dob!.Value, today);
        if (age < 16) return "You must be 16 or over to ask online. Ask your social worker or your nurse for your health history";
        if (age >= CheckerFlow.OldestAge) return "Date of birth must be a real date";
        return null;
    }

    async Task<string> NewReferenceAsync(CancellationToken ct)
    {
        while (true)
        {
            var reference = HealthHistoryRules.NewReference();
            if (!await db.HealthHistoryRequests.AnyAsync(r => r.Reference == reference, ct)) return reference;
        }
    }

    static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
