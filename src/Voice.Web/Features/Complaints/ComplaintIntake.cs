using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Audit;
using Voice.Data.Complaints;
using Voice.Web.Features.Complaints.New;

namespace Voice.Web.Features.Complaints;

/// <summary>
/// Turns answers into a complaint: reference, hashed tracking code, usual route, advocacy offer,
/// first clocks and timeline; the receipt for the complainant and the alert for the complaints
/// team go into the outbox in the same save, so the team hears of it at once. A submission key (the online draft)
/// makes a second submission return the first complaint instead of making another.
/// </summary>
public class ComplaintIntake(Voice.Data.Access.AccessCodes codes, VoiceDbContext db, ComplaintWork work, Voice.Data.Outbox.Outbox outbox, ComplaintLinks links,
    Features.Safeguarding.SafeguardingIntake safeguarding, Infrastructure.Languages.Translations translations)
{
    /// <param name="Secret">The plain code and link token, only when this call made the complaint; they are never stored.</param>
    public sealed record Result(Complaint Complaint, Voice.Data.Access.AccessSecret? Secret, DateOnly? ReplyBy)
    {
        public string? TrackingCode => Secret?.Code;
    }

    public async Task<Result> SubmitAsync(NewComplaintState s, ReceivedChannel channel, DateOnly receivedOn, string? submissionKey,
        AuditActor actor, CancellationToken ct, string language = Voice.Data.Languages.Language.EnglishCode)
    {
        if (submissionKey is not null && await ExistingAsync(submissionKey, ct) is { } already) return already;

        var secret = Voice.Data.Access.AccessSecret.New();
        var service = ComplaintServices.Find(s.Service) ?? throw new InvalidOperationException("Unknown service " + s.Service);
        var c = new Complaint
        {
            Reference = await ComplaintReferences.FreeAsync(db, receivedOn.Year, ct),
            TrackingCodeHash = codes.Hash(secret.Code),
            TrackingLinkHash = codes.HashLink(secret.LinkToken!),
            SubmissionKey = submissionKey,
            Route = service.UsualRoute,
            Status = ComplaintStatus.Open,
            Stage = 1,
            ComplainantType = s.Who!.Value,
            Relationship = Clean(s.Relationship),
            ComplainantName = s.Name!.Trim(),
            Service = service.Code,
            Description = s.Description!.Trim(),
            WantedOutcome = Clean(s.WantedOutcome),
            HappenedOn = s.HappenedOn,
            IsLate = s.IsLate(receivedOn),
            LateReason = Clean(s.LateReason),
            NeedsAdvocate = s.NeedsAdvocate,
            NeedsInterpreter = s.NeedsInterpreter,
            InterpreterLanguage = s.NeedsInterpreter ? Clean(s.InterpreterLanguage) : null,
            OtherFormat = Clean(s.OtherFormat),
            Email = Clean(s.Email),
            Phone = Clean(s.Phone),
            Address = Clean(s.Address),
            ContactPreference = s.Preference ?? ContactPreference.Email,
            ReceivedOn = receivedOn,
            CreatedAt = work.Now,
            Channel = channel,
            Language = Voice.Data.Languages.Language.Find(language)?.Code ?? Voice.Data.Languages.Language.EnglishCode,
        };
        if (c.ComplainantType.IsOfferedAdvocacy() || c.NeedsAdvocate) c.AdvocacyOfferedOn = receivedOn;

        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            db.Complaints.Add(c);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException) when (submissionKey is not null)
            {
                // Another request with the same submission got there first.
                await tx.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                return await ExistingAsync(submissionKey, ct) ?? throw new InvalidOperationException("The complaint could not be saved.");
            }
            work.Record(c, actor, "Received", PublicUpdates.Received(channel.Label(), service.Label), isPublic: true);
            if (c.IsLate) work.Record(c, actor, "Late complaint", "What happened was more than a year ago: a complaints manager will decide whether it can be considered", c.LateReason);
            if (c.AdvocacyOfferedOn is not null) work.Record(c, actor, "Advocacy offered", "Offered help from an independent advocate", isPublic: true);
            await work.RefreshAsync(c, ct);
            var due = c.Deadlines.FirstOrDefault(d => d.Step == ComplaintStep.Stage1Response)?.DueOn;
            // By email, else by letter or text message: someone without email is still told.
            var (subject, receipt) = ComplaintReceipt.Compose(translations.Catalog, c, secret, due, links);
            outbox.ToPerson("complaint-received", ComplaintWork.Complainant(c), subject, receipt);
            await work.TellStaffAsync(c, $"New complaint {c.Reference}",
                $"A new complaint ({c.Channel.Label().ToLowerInvariant()}) about {service.Label.ToLowerInvariant()} has been received and is not assigned yet.\n\n" +
                $"It must be acknowledged by {c.Deadlines.FirstOrDefault(d => d.Step == ComplaintStep.Acknowledgement)?.DueOn:dddd d MMMM yyyy}.", "complaint-new", ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        await safeguarding.ScreenAsync(Features.Safeguarding.FreeText.ForComplaint(c), ct);

        var replyBy = c.Deadlines.FirstOrDefault(d => d.Step == ComplaintStep.Stage1Response)?.DueOn;
        return new Result(c, secret, replyBy);
    }

    async Task<Result?> ExistingAsync(string submissionKey, CancellationToken ct)
    {
        var existing = await db.Complaints.Include(x => x.Deadlines).AsNoTracking().SingleOrDefaultAsync(x => x.SubmissionKey == submissionKey, ct);
        return existing is null ? null : new Result(existing, null, existing.Deadlines.FirstOrDefault(d => d.Step == ComplaintStep.Stage1Response)?.DueOn);
    }

    static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
