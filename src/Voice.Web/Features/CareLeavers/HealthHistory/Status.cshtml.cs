using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.CareLeavers;
using Voice.Web.Infrastructure.Security;
using Voice.Web.Infrastructure.Validation;

namespace Voice.Web.Features.CareLeavers.HealthHistory;

/// <summary>
/// The young person checks their request with its reference and private code. The answer is shown
/// in reply to the post (not after a redirect) so the code never goes into an address. Limited
/// against guessing; a wrong reference and a wrong code get the same message and take as long.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RequestLimits.CodeGuessing)]
public class StatusModel(VoiceDbContext db, AccessCheck guard) : PageModel
{
    public const string NotFoundMessage = "The reference or private code is not right. Check them and try again";

    static readonly InlineValidator<StatusModel> Rules = new()
    {
        v => v.RuleFor(m => m.Reference).NotEmpty().WithMessage("Enter your reference"),
        v => v.RuleFor(m => m.Reference).MaximumLength(20).WithMessage(NotFoundMessage),
        v => v.RuleFor(m => m.Code).NotEmpty().WithMessage("Enter your private code"),
        v => v.RuleFor(m => m.Code).MaximumLength(20).WithMessage(NotFoundMessage),
    };

    public record Found(string Reference, HealthHistoryStatus Status, DateOnly ReceivedOn, DateOnly DueOn, DateOnly? CompletedOn);

    [BindProperty] public string? Reference { get; set; }
    [BindProperty] public string? Code { get; set; }
    public Found? Result { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await this.ThrowIfInvalidAsync(Rules);
        var reference = HealthHistoryRules.Normalise(Reference);
        if (reference.StartsWith("HH", StringComparison.Ordinal)) reference = "HH-" + reference[2..];
        if (await guard.IsBlockedAsync(HttpContext, "health-history", reference, ct))
        {
            this.AddError(nameof(Reference), AccessCheck.BlockedMessage);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }
        var row = await db.HealthHistoryRequests.Where(r => r.Reference == reference)
            .Select(r => new { r.Reference, r.CodeHash, r.Status, r.ReceivedAt, r.DueOn, r.CompletedAt })
            .SingleOrDefaultAsync(ct);
        var matches = HealthHistoryRules.CodeMatches(Code, row?.CodeHash ?? HealthHistoryRules.DecoyHash);
        if (row is null || !matches)
        {
            await guard.FailedAsync(HttpContext, "health-history", reference, ct);
            this.Fail(nameof(Reference), NotFoundMessage);
        }
        Result = new Found(row!.Reference, row.Status, Voice.Data.Calendar.UkClock.DateOf(row.ReceivedAt), row.DueOn,
            row.CompletedAt is { } c ? Voice.Data.Calendar.UkClock.DateOf(c) : null);
        return Page();
    }

    public static string Describe(HealthHistoryStatus status) => status switch
    {
        HealthHistoryStatus.Received => "We have your request",
        HealthHistoryStatus.InProgress => "We are putting your health history together",
        HealthHistoryStatus.WaitingForInformation => "We are waiting for information, from you or from another service",
        HealthHistoryStatus.Sent => "We have sent your health history",
        HealthHistoryStatus.Closed => "Your request is closed",
        _ => status.ToString(),
    };
}
