using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Voice.Data;
using Voice.Data.Feedback.Questionnaires;
using Voice.Data.Feedback.Views;
using Voice.Web.Infrastructure;
using Voice.Web.Infrastructure.Notifications;
using Voice.Web.Pages.Views;

namespace Voice.Web.Areas.Staff.Pages.Batches;

/// <summary>
/// The emails of a bulk invitation: the invitation with its own link and code, and one reminder.
/// Each is claimed in the database (EmailSentAt, ReminderSentAt) before it goes, so a second
/// node, a retry or a second run can never send it twice; a failed send gives the claim back.
/// </summary>
public class BulkInvitationEmails(VoiceDbContext db, INotificationSender sender, IDataProtectionProvider protection,
    QuestionnaireCatalog catalog, ViewLinks viewLinks, BatchLinks links, IOptions<VoiceOptions> options, TimeProvider clock,
    ILogger<BulkInvitationEmails> log)
{
    readonly IDataProtector protector = protection.CreateProtector("Voice.Views.BulkInvitationCode");

    public string Protect(string code) => protector.Protect(code);

    /// <summary>Sends the invitation unless it has been sent already. False when it was not sent (already sent, or the send failed and will be retried).</summary>
    public async Task<bool> SendInvitationAsync(Invitation invitation, string code, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var claimed = await db.Invitations.Where(i => i.Id == invitation.Id && i.EmailSentAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.EmailSentAt, now), ct);
        if (claimed == 0) return false;
        try
        {
            await sender.SendAsync(Invitation(invitation, code), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Give the claim back: the reminders job sends it on its next run.
            await db.Invitations.Where(i => i.Id == invitation.Id).ExecuteUpdateAsync(s => s.SetProperty(i => i.EmailSentAt, (DateTime?)null), CancellationToken.None);
            log.LogError(e, "The invitation email for {Invitation} could not be sent; it will be tried again", invitation.Id);
            return false;
        }
        invitation.EmailSentAt = now;
        return true;
    }

    /// <summary>Sends an invitation that could not be sent when the file was uploaded, with its kept code.</summary>
    public Task<bool> SendLateInvitationAsync(Invitation invitation, CancellationToken ct) =>
        invitation.ProtectedCode is { } kept ? SendInvitationAsync(invitation, protector.Unprotect(kept), ct) : Task.FromResult(false);

    /// <summary>Sends the one reminder, with the same code, and then forgets the code.</summary>
    public async Task<bool> SendReminderAsync(Invitation invitation, CancellationToken ct)
    {
        if (invitation.ProtectedCode is not { } kept) return false;
        var code = protector.Unprotect(kept);
        var now = clock.GetUtcNow().UtcDateTime;
        var claimed = await db.Invitations.Where(i => i.Id == invitation.Id && i.ReminderSentAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.ReminderSentAt, now), ct);
        if (claimed == 0) return false;
        try
        {
            await sender.SendAsync(Reminder(invitation, code), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await db.Invitations.Where(i => i.Id == invitation.Id).ExecuteUpdateAsync(s => s.SetProperty(i => i.ReminderSentAt, (DateTime?)null), CancellationToken.None);
            log.LogError(e, "The reminder for {Invitation} could not be sent; it will be tried again", invitation.Id);
            return false;
        }
        await db.Invitations.Where(i => i.Id == invitation.Id).ExecuteUpdateAsync(s => s.SetProperty(i => i.ProtectedCode, (string?)null), ct);
        invitation.ReminderSentAt = now;
        invitation.ProtectedCode = null;
        return true;
    }

    EmailMessage Invitation(Invitation invitation, string code)
    {
        var council = options.Value.Council;
        return new EmailMessage(invitation.ContactEmail!, $"{Title(invitation)}: {council.Name} would like to hear from you", $"""
            Hello,

            {Intro(invitation)}

            Open this link to start:
            {viewLinks.Invitation(InvitationCodes.Format(code))}

            Or go to {links.Public(viewLinks.EnterCode())} and type this code: {InvitationCodes.Format(code)}

            You can stop at any time and come back later with the same code. It works until {invitation.ExpiresOn:d MMMM yyyy}.
            You do not have to answer. If you tell us that you or someone else is in danger, we must share that to keep them safe.

            {Footer()}
            """);
    }

    EmailMessage Reminder(Invitation invitation, string code)
    {
        var council = options.Value.Council;
        return new EmailMessage(invitation.ContactEmail!, $"Reminder: {Title(invitation)}", $"""
            Hello,

            On {invitation.EmailSentAt:d MMMM} we asked what you think. There is still time to tell us: it takes a few minutes, and if you have already started, the same code takes you back to where you stopped.

            Open this link:
            {viewLinks.Invitation(InvitationCodes.Format(code))}

            Or go to {links.Public(viewLinks.EnterCode())} and type this code: {InvitationCodes.Format(code)}

            The code works until {invitation.ExpiresOn:d MMMM yyyy}. This is the only reminder we will send.

            {Footer()}
            """);
    }

    string Title(Invitation invitation) =>
        catalog.TryGet(invitation.QuestionnaireId, out var definition) ? definition.Title.En : "Tell us what you think";

    string Intro(Invitation invitation) =>
        catalog.TryGet(invitation.QuestionnaireId, out var definition) ? definition.Intro.En : "We would like to know what you think, so we can do better.";

    string Footer()
    {
        var council = options.Value.Council;
        return $"If you did not expect this email, you can ignore it, or contact us at {council.ContactEmail} or on {council.ContactPhone}.\n{council.Name}";
    }
}
