using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Access;
using Voice.Data.Feedback.Questionnaires;
using Voice.Data.Feedback.Views;

namespace Voice.Web.Features.Views;

/// <summary>
/// The young person's place in their questionnaire. After a good code, a protected cookie holds
/// the invitation id, so the code is not repeated in every address; the same code opens it again
/// on any device. The cookie also holds the invitation's session version, which stopping the code
/// or making a new one changes (so no earlier session comes back), and when it was given: a session
/// lasts at most <see cref="Lifetime"/>, and "save and come back later" ends it.
/// </summary>
public class ViewSession(AccessCodes codes, IDataProtectionProvider protection, VoiceDbContext db, QuestionnaireCatalog catalog, Voice.Data.Calendar.UkClock clock)
{
    public const string CookieName = "voice-views";
    /// <summary>The cookie's data protection purpose (the public post limit reads it too, to count posts per session).</summary>
    public const string Purpose = "Voice.Views.Invitation";
    /// <summary>After the code stops working for answers, "what happened next" can still be read this long.</summary>
    public const int OutcomeDaysAfterExpiry = 60;
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);
    readonly IDataProtector protector = protection.CreateProtector(Purpose);

    public DateOnly Today => clock.Today;

    public enum CodeCheck { Ok, Wrong, Expired, Revoked, OldCode }

    /// <summary>Finds the invitation for a typed code and says whether it can be used.</summary>
    public async Task<(CodeCheck Result, Invitation? Invitation)> FindAsync(string? typed, CancellationToken ct)
    {
        var code = AccessCodes.Normalise(typed);
        if (code.Length == AccessCodes.OldInvitationLength) return (CodeCheck.OldCode, null);
        if (!AccessCodes.LooksValid(code)) return (CodeCheck.Wrong, null);
        var hash = codes.Hash(code);
        return Check(await db.Invitations.Include(i => i.Response).SingleOrDefaultAsync(i => i.CodeHash == hash, ct));
    }

    /// <summary>Finds the invitation for a link's token (<see cref="AccessCodes.NewLinkToken"/>) and says whether it can be used.</summary>
    public async Task<(CodeCheck Result, Invitation? Invitation)> FindByLinkAsync(string? token, CancellationToken ct)
    {
        if (!AccessCodes.LooksLikeLinkToken(token)) return (CodeCheck.Wrong, null);
        var hash = codes.HashLink(token!);
        return Check(await db.Invitations.Include(i => i.Response).FirstOrDefaultAsync(i => i.LinkTokenHash == hash, ct));
    }

    (CodeCheck Result, Invitation? Invitation) Check(Invitation? invitation)
    {
        if (invitation is null) return (CodeCheck.Wrong, null);
        if (invitation.RevokedAt is not null) return (CodeCheck.Revoked, invitation);
        var submitted = invitation.Response?.SubmittedAt is not null;
        var lastDay = submitted ? invitation.ExpiresOn.AddDays(OutcomeDaysAfterExpiry) : invitation.ExpiresOn;
        return Today > lastDay ? (CodeCheck.Expired, invitation) : (CodeCheck.Ok, invitation);
    }

    public void Grant(HttpResponse response, Invitation invitation) =>
        response.Cookies.Append(CookieName, protector.Protect($"{invitation.Id}|{invitation.SessionVersion}|{clock.Now.ToUnixTimeSeconds()}"), new CookieOptions
        {
            HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = response.HttpContext.Request.IsHttps,
            Path = "/views", IsEssential = true, MaxAge = Lifetime,
        });

    public void End(HttpResponse response) => response.Cookies.Delete(CookieName, new CookieOptions { Path = "/views" });

    /// <summary>The invitation this browser is answering, if its code is still good.</summary>
    public async Task<Current?> LoadAsync(HttpRequest request, CancellationToken ct)
    {
        if (!request.Cookies.TryGetValue(CookieName, out var value) || string.IsNullOrEmpty(value)) return null;
        string[] parts;
        try
        {
            parts = protector.Unprotect(value).Split('|');
        }
        catch (CryptographicException)
        {
            return null;
        }
        if (parts.Length != 3 || !Guid.TryParse(parts[0], out var id) || !int.TryParse(parts[1], out var version)
            || !long.TryParse(parts[2], out var given) || clock.Now - DateTimeOffset.FromUnixTimeSeconds(given) > Lifetime) return null;
        var invitation = await db.Invitations.Include(i => i.Response).ThenInclude(r => r!.Answers).SingleOrDefaultAsync(i => i.Id == id, ct);
        if (invitation is null || invitation.RevokedAt is not null || invitation.SessionVersion != version) return null;
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
