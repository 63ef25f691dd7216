using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Voice.Data;
using Voice.Data.Feedback.Questionnaires;
using Voice.Data.Feedback.Views;
using Voice.Web.Infrastructure;
using Voice.Web.Infrastructure.Notifications;
using Voice.Web.Features.Views;

namespace Voice.Web.Features.Batches;

/// <summary>
/// The emails of a bulk invitation: the invitation with its own link and code, and one reminder.
/// Each goes into the outbox in the same transaction that marks it sent (EmailSentAt,
/// ReminderSentAt), so a second node, a retry or a second run can never queue it twice, and a
/// mark is never saved without its email. The outbox dispatcher sends them, with retries.
/// </summary>
public class BulkInvitationEmails(VoiceDbContext db, Voice.Data.Outbox.Outbox outbox, IDataProtectionProvider protection,
    QuestionnaireCatalog catalog, ViewLinks viewLinks, BatchLinks links, IOptions<VoiceOptions> options, TimeProvider clock)
{
    readonly IDataProtector protector = protection.CreateProtector("Voice.Views.BulkInvitationCode");

    public string Protect(string code) => protector.Protect(code);

    /// <summary>Adds the invitation email to the caller's unit of work (an upload saves the invitations and their emails together).</summary>
    public void QueueInvitation(Invitation invitation, string code)
    {
        invitation.EmailSentAt = clock.GetUtcNow().UtcDateTime;
        Queue("views-bulk-invitation", Invitation(invitation, code));
    }

    /// <summary>Queues an invitation that was saved without its email, with its kept code. False when another run queued it first.</summary>
    public async Task<bool> SendLateInvitationAsync(Invitation invitation, CancellationToken ct)
    {
        if (invitation.ProtectedCode is not { } kept) return false;
        var now = clock.GetUtcNow().UtcDateTime;
        var queued = await ClaimAndQueueAsync(
            () => db.Invitations.Where(i => i.Id == invitation.Id && i.EmailSentAt == null).ExecuteUpdateAsync(s => s.SetProperty(i => i.EmailSentAt, now), ct),
            "views-bulk-invitation", Invitation(invitation, protector.Unprotect(kept)), ct);
        if (queued) invitation.EmailSentAt = now;
        return queued;
    }

    /// <summary>Queues the one reminder, with the same code, and forgets the code.</summary>
    public async Task<bool> SendReminderAsync(Invitation invitation, CancellationToken ct)
    {
        if (invitation.ProtectedCode is not { } kept) return false;
        var code = protector.Unprotect(kept);
        var now = clock.GetUtcNow().UtcDateTime;
        var queued = await ClaimAndQueueAsync(
            () => db.Invitations.Where(i => i.Id == invitation.Id && i.ReminderSentAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.ReminderSentAt, now).SetProperty(i => i.ProtectedCode, (string?)null), ct),
            "views-bulk-reminder", Reminder(invitation, code), ct);
        if (!queued) return false;
        invitation.ReminderSentAt = now;
        invitation.ProtectedCode = null;
        return true;
    }

    /// <summary>Claims the row (a conditional UPDATE) and saves the email in one transaction; false when the claim was taken.</summary>
    async Task<bool> ClaimAndQueueAsync(Func<Task<int>> claim, string kind, EmailMessage message, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (await claim() == 0) return false;
        Queue(kind, message);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return true;
    }

    void Queue(string kind, EmailMessage m) => outbox.Email(kind, m.To, m.Subject, m.Body);

    static string TypedCode(string packedSecret) => Voice.Data.Access.AccessCodes.Format(Voice.Data.Access.AccessSecret.Unpack(packedSecret).Code);

    EmailMessage Invitation(Invitation invitation, string code)
    {
        var council = options.Value.Council;
        return new EmailMessage(invitation.ContactEmail!, $"{Title(invitation)}: {council.Name} would like to hear from you", $"""
            Hello,

            {Intro(invitation)}

            Open this link to start:
            {viewLinks.Invitation(code)}

            Or go to {links.Public(viewLinks.EnterCode())} and type this code: {TypedCode(code)}

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
            {viewLinks.Invitation(code)}

            Or go to {links.Public(viewLinks.EnterCode())} and type this code: {TypedCode(code)}

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
