using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using QRCoder;
using Voice.Data;
using Voice.Data.Audit;
using Voice.Data.Feedback.Questionnaires;
using Voice.Data.Feedback.Views;
using Voice.Data.Identity;
using Voice.Web.Infrastructure.Security;
using Voice.Web.Features.Views;

namespace Voice.Web.Features.Views.Staff;

/// <summary>One invitation: the code (shown once, when made), its status, a new code, or stopping it.</summary>
public class DetailsModel(Voice.Data.Access.AccessCodes codes, VoiceDbContext db, QuestionnaireCatalog catalog, UserManager<VoiceUser> users, AuditWriter audit,
    InvitationLinks links, ViewLinks viewLinks, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    public Invitation Invitation { get; private set; } = null!;
    public string QuestionnaireTitle { get; private set; } = "";
    public string? Code { get; private set; }
    public string? CodeLink { get; private set; }
    public string? QrCodeDataUri { get; private set; }
    [TempData] public string? Banner { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied) return denied;
        if (TempData[NewModel.NewCodeKey] is string packed)
        {
            Code = Voice.Data.Access.AccessCodes.Format(Voice.Data.Access.AccessSecret.Unpack(packed).Code);
            CodeLink = viewLinks.Invitation(packed);
            using var data = new QRCodeGenerator().CreateQrCode(CodeLink, QRCodeGenerator.ECCLevel.M);
            QrCodeDataUri = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(6));
        }
        return Page();
    }

    public async Task<IActionResult> OnPostNewCodeAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied) return denied;
        if (Invitation.Response?.SubmittedAt is not null) return Redirect(links.Details(Id));
        var secret = Voice.Data.Access.AccessSecret.New();
        Invitation.CodeHash = codes.Hash(secret.Code);
        Invitation.LinkTokenHash = codes.HashLink(secret.LinkToken!);
        Invitation.RevokedAt = null;
        Invitation.EndSessions();
        audit.Add(User.ToActor(), "Made a new code (the old one stopped working)", "Invitation", Id.ToString());
        await db.SaveChangesAsync(ct);
        TempData[NewModel.NewCodeKey] = secret.Pack();
        return Redirect(links.Details(Id));
    }

    public async Task<IActionResult> OnPostStopAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied) return denied;
        Invitation.RevokedAt = clock.GetUtcNow().UtcDateTime;
        Invitation.EndSessions();
        audit.Add(User.ToActor(), "Stopped the code", "Invitation", Id.ToString());
        await db.SaveChangesAsync(ct);
        Banner = "The code has stopped working";
        return Redirect(links.Details(Id));
    }

    async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var invitation = await db.Invitations.Include(i => i.Response).ThenInclude(r => r!.Decisions).SingleOrDefaultAsync(i => i.Id == Id, ct);
        if (invitation is null) return NotFound();
        if (invitation.CreatedById != users.GetUserId(User)) return Forbid();
        Invitation = invitation;
        QuestionnaireTitle = catalog.TryGet(invitation.QuestionnaireId, out var d) ? d.Title.En : invitation.QuestionnaireId;
        return null;
    }
}
