using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Audit;
using Voice.Data.Feedback.Questionnaires;
using Voice.Data.Feedback.Views;
using Voice.Data.Identity;
using Voice.Web.Api;
using Voice.Web.Infrastructure.Security;
using Voice.Web.Infrastructure.Validation;

namespace Voice.Web.Features.Batches.Staff;

/// <summary>
/// The performance team uploads a CSV of journey-point invitations. Every row is checked first;
/// one bad row and nothing is imported, and the report lists every bad row with its reasons.
/// A good file becomes one batch of invitations in one transaction, then each is emailed.
/// </summary>
public class UploadModel(Voice.Data.Access.AccessCodes codes, VoiceDbContext db, QuestionnaireCatalog catalog, UserManager<VoiceUser> users, BulkInvitationEmails emails,
    AuditWriter audit, BatchLinks links, CalendarService calendars, TimeProvider clock) : PageModel
{
    /// <summary>Journey points: families are asked after these, in bulk.</summary>
    public static readonly string[] JourneyPoints =
    [
        QuestionnaireEventTypes.AssessmentClosed, QuestionnaireEventTypes.ChildInNeedReview, QuestionnaireEventTypes.ChildProtectionPlanEnded,
        QuestionnaireEventTypes.ComplaintClosed, QuestionnaireEventTypes.MissingReturnInterview,
    ];

    [BindProperty] public IFormFile? CsvFile { get; set; }
    public BulkInvitationCheck? Check { get; private set; }

    public IReadOnlyList<QuestionnaireDefinition> Questionnaires { get; } =
        [.. catalog.All.Where(d => d.EventTypes.Any(JourneyPoints.Contains))];

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var text = await ReadFileAsync(ct);
        var today = calendars.Today;
        var practitioners = (await users.GetUsersInRoleAsync(Roles.Practitioner))
            .Where(u => !u.IsDisabled && u.Email is not null)
            .ToDictionary(u => u.Email!.ToLowerInvariant());
        var bulk = Questionnaires.Select(d => d.Id).ToHashSet();
        var context = new BulkInvitationContext(bulk, catalog.All.Select(d => d.Id).Where(id => !bulk.Contains(id)).ToHashSet(),
            practitioners.Keys.ToHashSet(), today);

        // First pass for the case references, to look up what earlier uploads already sent them.
        var firstPass = BulkInvitationCsv.Read(new StringReader(text), context);
        if (firstPass.FileProblem is not null) this.Fail(nameof(CsvFile), firstPass.FileProblem);
        var caseReferences = firstPass.Rows.Select(r => r.CaseReference).Distinct().ToList();
        var earlier = await db.Invitations.AsNoTracking()
            .Where(i => i.BatchId != null && caseReferences.Contains(i.CaseReference))
            .Select(i => new { i.CaseReference, i.ContactEmail, i.QuestionnaireId, i.EventDate })
            .ToListAsync(ct);
        Check = BulkInvitationCsv.Read(new StringReader(text), context with
        {
            AlreadyInvited = earlier.Select(e => BulkInvitationKey.Of(e.CaseReference, e.ContactEmail ?? "", e.QuestionnaireId, e.EventDate)).ToHashSet(),
        });
        if (!Check.IsValid)
        {
            var bad = Check.ByRow.Count;
            this.Fail(nameof(CsvFile), $"{bad} {(bad == 1 ? "row has" : "rows have")} problems. Nothing has been imported: correct the file and upload it again");
        }

        var me = User.ToActor();
        var now = clock.GetUtcNow().UtcDateTime;
        var batch = new InvitationBatch
        {
            Id = Guid.NewGuid(), FileName = Path.GetFileName(CsvFile!.FileName) is { Length: > 0 and <= 200 } name ? name : "upload.csv",
            UploadedAt = now, UploadedById = me.Id!, UploadedByName = me.Name, RowCount = Check.Rows.Count,
        };
        foreach (var row in Check.Rows)
        {
            var definition = catalog.Get(row.QuestionnaireId);
            var practitioner = practitioners[row.PractitionerEmail.ToLowerInvariant()];
            var secret = Voice.Data.Access.AccessSecret.New();
            var invitation = new Invitation
            {
                Id = Guid.NewGuid(), BatchId = batch.Id, CaseReference = row.CaseReference, ContactEmail = row.ContactEmail, Team = row.Team,
                EventType = definition.EventTypes.First(JourneyPoints.Contains), EventDate = row.EventDate, QuestionnaireId = row.QuestionnaireId,
                CodeHash = codes.Hash(secret.Code), LinkTokenHash = codes.HashLink(secret.LinkToken!), ProtectedCode = emails.Protect(secret.Pack()),
                // A journey point is usually in the past: the code works for 14 days from whichever is later, the event or the email.
                ExpiresOn = (row.EventDate > today ? row.EventDate : today).AddDays(14),
                CreatedAt = now, CreatedById = practitioner.Id, CreatedByName = practitioner.DisplayName,
            };
            db.Invitations.Add(invitation);
            emails.QueueInvitation(invitation, secret.Pack());
        }
        db.InvitationBatches.Add(batch);
        audit.Add(me, "Uploaded journey-point invitations", "InvitationBatch", batch.Id.ToString(), $"{Check.Rows.Count} invitations from {batch.FileName}");
        // One SaveChanges is one transaction: every row and its email is imported, or none.
        await db.SaveChangesAsync(ct);
        return Redirect(links.Details(batch.Id));
    }

    Task<string> ReadFileAsync(CancellationToken ct) => this.ReadCsvAsync(CsvFile, nameof(CsvFile), BulkInvitationCsv.MaxFileBytes,
        $"The selected file must be smaller than {BulkInvitationCsv.MaxFileBytes / 1000} KB. Split it into smaller files", ct);
}
