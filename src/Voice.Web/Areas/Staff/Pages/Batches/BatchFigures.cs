using Microsoft.EntityFrameworkCore;
using Voice.Data;

namespace Voice.Web.Areas.Staff.Pages.Batches;

/// <summary>Sent, started and completed for a set of bulk invitations, and the response rate (completed of sent).</summary>
public sealed record BatchFigures(int Invitations, int Sent, int Reminded, int Started, int Completed)
{
    public string Rate => Sent == 0 ? "–" : $"{100.0 * Completed / Sent:0}%";

    /// <summary>One invitation's progress, without anything that says who it is.</summary>
    public sealed record Progress(Guid BatchId, string CaseReference, string QuestionnaireId, string Team, bool Sent, bool Reminded, bool Started, bool Completed)
    {
        public string Status => Completed ? "Completed" : Started ? "Started" : Reminded ? "Reminded" : Sent ? "Sent" : "Waiting to be sent";
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
