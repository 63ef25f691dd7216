using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Feedback.Questionnaires;
using Voice.Data.Feedback.Views;

namespace Voice.Web.Features.Batches.Staff;

/// <summary>One upload: sent, started, completed and the response rate, overall, by questionnaire and by team. Case references only: no names or addresses.</summary>
public class DetailsModel(VoiceDbContext db, QuestionnaireCatalog catalog) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    public InvitationBatch Batch { get; private set; } = null!;
    public BatchFigures Total { get; private set; } = null!;
    public IReadOnlyList<(string Name, BatchFigures Figures)> ByQuestionnaire { get; private set; } = [];
    public IReadOnlyList<(string Name, BatchFigures Figures)> ByTeam { get; private set; } = [];
    public IReadOnlyList<BatchFigures.Progress> Invitations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var batch = await db.InvitationBatches.AsNoTracking().SingleOrDefaultAsync(b => b.Id == Id, ct);
        if (batch is null) return NotFound();
        Batch = batch;
        Invitations = [.. (await BatchFigures.ForBatchesAsync(db, [Id], ct)).OrderBy(p => p.CaseReference, StringComparer.Ordinal)];
        Total = BatchFigures.Of(Invitations);
        ByQuestionnaire = [.. Invitations.GroupBy(p => p.QuestionnaireId).OrderBy(g => g.Key).Select(g => (QuestionnaireTitle(g.Key), BatchFigures.Of(g)))];
        ByTeam = [.. Invitations.GroupBy(p => p.Team).OrderBy(g => g.Key).Select(g => (g.Key, BatchFigures.Of(g)))];
        return Page();
    }

    public string QuestionnaireTitle(string id) => catalog.TryGet(id, out var d) ? d.Title.En : id;
}
