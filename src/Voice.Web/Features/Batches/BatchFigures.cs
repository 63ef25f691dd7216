using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Analytics.Privacy;

namespace Voice.Web.Features.Batches;

/// <summary>Sent, started and completed for a set of bulk invitations, and the response rate (completed of sent).</summary>
public sealed record BatchFigures(int Invitations, int Sent, int Reminded, int Started, int Completed)
{
    public string Rate => Sent == 0 ? "–" : $"{100.0 * Completed / Sent:0}%";

    /// <summary>One invitation's progress, without anything that says who it is.</summary>
    public sealed record Progress(Guid BatchId, string CaseReference, string QuestionnaireId, string Team, bool Sent, bool Reminded, bool Started, bool Completed)
    {
        /// <summary>What the per-case list shows: whether the email went, never whether this family answered.</summary>
        public string SendStatus => Sent ? "Sent" : "Waiting to be sent";
    }

    /// <summary>What may be shown of a figure, as text: small groups and what would give them away are "c".</summary>
    public sealed record Shown(string Sent, string Started, string Completed, string Rate);

    /// <summary>
    /// Rows that split the same invitations (by team, by questionnaire, or one total) protected as
    /// one table: completed, started but not sent back, and not started, for each row.
    /// </summary>
    public static IReadOnlyList<Shown> Protect(IReadOnlyList<BatchFigures> rows, SmallNumbers rule)
    {
        var cells = new long[rows.Count, 3];
        for (var r = 0; r < rows.Count; r++)
        {
            cells[r, 0] = rows[r].Completed;
            cells[r, 1] = rows[r].Started - rows[r].Completed;
            cells[r, 2] = rows[r].Sent - rows[r].Started;
        }
        var t = rule.ProtectTable(cells);
        return [.. rows.Select((f, r) =>
        {
            var startedHidden = t.IsHidden(r, 0) || t.IsHidden(r, 1);
            return new Shown(
                t.IsRowTotalHidden(r) ? Suppressed.Mark : f.Sent.ToString(),
                startedHidden ? Suppressed.Mark : f.Started.ToString(),
                t.IsHidden(r, 0) ? Suppressed.Mark : f.Completed.ToString(),
                t.IsHidden(r, 0) || t.IsRowTotalHidden(r) || !rule.CanShowRate(f.Sent) ? Suppressed.Mark : f.Rate);
        })];
    }

    public static BatchFigures Of(IEnumerable<Progress> rows)
    {
        var list = rows as IReadOnlyCollection<Progress> ?? [.. rows];
        return new(list.Count, list.Count(r => r.Sent), list.Count(r => r.Reminded), list.Count(r => r.Started), list.Count(r => r.Completed));
    }

    public static Task<List<Progress>> ForBatchesAsync(VoiceDbContext db, IReadOnlyCollection<Guid> batchIds, CancellationToken ct) =>
        db.Invitations.AsNoTracking()
            .Where(i => i.BatchId != null && batchIds.Contains(i.BatchId.Value))
            .Select(i => new Progress(i.BatchId!.Value, i.CaseReference, i.QuestionnaireId, i.Team ?? "", i.EmailSentAt != null, i.ReminderSentAt != null,
                i.Response != null, i.Response != null && i.Response.SubmittedAt != null))
            .ToListAsync(ct);
}
