using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Feedback.Views;

namespace Voice.Web.Features.Batches.Staff;

/// <summary>Every bulk upload, newest first, with how many were sent and answered.</summary>
public class IndexModel(VoiceDbContext db) : PageModel
{
    public const int Shown = 100;
    public IReadOnlyList<(InvitationBatch Batch, BatchFigures Figures)> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var batches = await db.InvitationBatches.AsNoTracking().OrderByDescending(b => b.UploadedAt).Take(Shown).ToListAsync(ct);
        var progress = (await BatchFigures.ForBatchesAsync(db, [.. batches.Select(b => b.Id)], ct)).ToLookup(p => p.BatchId);
        Rows = [.. batches.Select(b => (b, BatchFigures.Of(progress[b.Id])))];
    }
}
