using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Feedback.Questionnaires;
using Voice.Data.Feedback.Views;

namespace Voice.Web.Pages.Views;

/// <summary>
/// The young person's place in their questionnaire. After a good code, a protected cookie holds
/// the invitation id, so the code is not repeated in every address; the same code opens it again
/// on any device.
/// </summary>
public class ViewSession(IDataProtectionProvider protection, VoiceDbContext db, QuestionnaireCatalog catalog, Voice.Data.Calendar.UkClock clock)
{
    public const string CookieName = "voice-views";
    /// <summary>After the code stops working for answers, "what happened next" can still be read this long.</summary>
    public const int OutcomeDaysAfterExpiry = 60;
    readonly IDataProtector protector = protection.CreateProtector("Voice.Views.Invitation");

    public DateOnly Today => clock.Today;

    public enum CodeCheck { Ok, Wrong, Expired, Revoked }

    /// <summary>Finds the invitation for a typed code and says whether it can be used.</summary>
    public async Task<(CodeCheck Result, Invitation? Invitation)> FindAsync(string? typed, CancellationToken ct)
    {
        var code = InvitationCodes.Normalise(typed);
        if (!InvitationCodes.LooksValid(code)) return (CodeCheck.Wrong, null);
        var hash = InvitationCodes.Hash(code);
        var invitation = await db.Invitations.Include(i => i.Response).SingleOrDefaultAsync(i => i.CodeHash == hash, ct);
        if (invitation is null) return (CodeCheck.Wrong, null);
        if (invitation.RevokedAt is not null) return (CodeCheck.Revoked, invitation);
        var submitted = invitation.Response?.SubmittedAt is not null;
        var lastDay = submitted ? invitation.ExpiresOn.AddDays(OutcomeDaysAfterExpiry) : invitation.ExpiresOn;
        return Today > lastDay ? (CodeCheck.Expired, invitation) : (CodeCheck.Ok, invitation);
    }

    public void Grant(HttpResponse response, Guid invitationId) =>
        response.Cookies.Append(CookieName, protector.Protect(invitationId.ToString()), new CookieOptions
        {
            HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = response.HttpContext.Request.IsHttps,
            Path = "/views", IsEssential = true, MaxAge = TimeSpan.FromHours(12),
        });

    public void End(HttpResponse response) => response.Cookies.Delete(CookieName, new CookieOptions { Path = "/views" });

    /// <summary>The invitation this browser is answering, if its code is still good.</summary>
    public async Task<Current?> LoadAsync(HttpRequest request, CancellationToken ct)
    {
        if (!request.Cookies.TryGetValue(CookieName, out var value) || string.IsNullOrEmpty(value)) return null;
        Guid id;
        try
        {
            if (!Guid.TryParse(protector.Unprotect(value), out id)) return null;
        }
        catch (CryptographicException)
        {
            return null;
        }
        var invitation = await db.Invitations.Include(i => i.Response).ThenInclude(r => r!.Answers).SingleOrDefaultAsync(i => i.Id == id, ct);
        if (invitation is null || invitation.RevokedAt is not null) return null;
        var submitted = invitation.Response?.SubmittedAt is not null;
        if (Today > (submitted ? invitation.ExpiresOn.AddDays(OutcomeDaysAfterExpiry) : invitation.ExpiresOn)) return null;
        if (!catalog.TryGet(invitation.Response?.QuestionnaireId ?? invitation.QuestionnaireId, out var definition)) return null;
        return new Current(invitation, definition);
    }

    public sealed class Current(Invitation invitation, QuestionnaireDefinition definition)
    {
        public Invitation Invitation { get; } = invitation;
        public QuestionnaireDefinition Definition { get; } = definition;
        public QuestionnaireFlow Flow { get; } = new(definition);
        public ViewResponse? Response => Invitation.Response;
        public bool Submitted => Response?.SubmittedAt is not null;

        /// <summary>The answers so far, keyed by question. A question seen and left blank has an empty array.</summary>
        public Dictionary<string, string[]> Answers =>
            (Response?.Answers ?? [])
                .GroupBy(a => a.QuestionId)
                .ToDictionary(g => g.Key, g => g.OrderBy(a => a.Ordinal).Select(a => a.Value).Where(v => v.Length > 0).ToArray());
    }
}
