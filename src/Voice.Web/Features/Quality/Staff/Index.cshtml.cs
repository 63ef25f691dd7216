using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Analytics;
using Voice.Data.Analytics.Privacy;
using Voice.Data.Feedback.Questionnaires;

namespace Voice.Web.Features.Quality.Staff;

/// <summary>Overview: how many people gave feedback, response rates and scores, by quarter, filtered.</summary>
public class IndexModel(FeedbackFigures figures, VoiceDbContext db, SmallNumbers rule, QuestionnaireCatalog questionnaires, TimeProvider clock)
    : QualityPage(figures, clock)
{
    public FeedbackFigures.Grid Grid { get; private set; } = null!;
    public IReadOnlyList<long?> People { get; private set; } = [];
    public IReadOnlyList<string> Scores { get; private set; } = [];
    public string Total { get; private set; } = "";
    public ProtectedTable Responses { get; private set; } = null!;
    public int MinimumGroup => rule.MinimumGroup;

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadFilterAsync(ct);
        Grid = await Figures.GridAsync(Filter, [FeedbackFigures.Everything], ct);
        People = [.. Filter.Quarters.Select((_, q) => Grid.People.IsHidden(0, q) ? (long?)null : Grid.People.Value(0, q))];
        Scores = [.. Filter.Quarters.Select((_, q) => Grid.MeanScore[0, q] is { } m ? m.ToString("0.0") : "–")];
        Total = Grid.People.IsRowTotalHidden(0) ? Suppressed.Mark : Grid.People.RowTotal(0).ToString("N0");
        Responses = await ResponseRatesAsync(ct);
    }

    /// <summary>Invitations by quarter of the event: answered and not answered, protected as one table.</summary>
    async Task<ProtectedTable> ResponseRatesAsync(CancellationToken ct)
    {
        var from = Filter.Quarters[0].Start;
        var until = Filter.Quarters[^1].End;
        var query = db.Invitations.AsNoTracking().Where(i => i.EventDate >= from && i.EventDate < until && i.RevokedAt == null);
        if (Team is not null) query = query.Where(i => i.Team == Team);
        if (Journey is not null) query = query.Where(i => i.EventType == Journey);
        if (Source == FeedbackSources.JourneyPoint) query = query.Where(i => i.BatchId != null);
        else if (Source == FeedbackSources.Views) query = query.Where(i => i.BatchId == null && i.EventType != QuestionnaireEventTypes.ComplaintClosed);
        else if (Source == FeedbackSources.AfterComplaint) query = query.Where(i => i.EventType == QuestionnaireEventTypes.ComplaintClosed);
        else if (Source is not null) query = query.Where(i => false);
        if (Age is not null)
        {
            var ids = questionnaires.All.Where(d => (d.AgeBand?.ToString() ?? (d.Audience == Audience.FosterCarer ? "foster-carer" : "parent")) == Age).Select(d => d.Id).ToList();
            query = query.Where(i => ids.Contains(i.QuestionnaireId));
        }
        var rows = await query.Select(i => new { i.EventDate, Answered = i.Response != null && i.Response.SubmittedAt != null }).ToListAsync(ct);
        var cells = new long[Filter.Quarters.Count, 2];
        foreach (var r in rows)
        {
            var q = Filter.Quarters.ToList().FindIndex(x => x.Start <= r.EventDate && r.EventDate < x.End);
            if (q >= 0) cells[q, r.Answered ? 0 : 1]++;
        }
        return rule.ProtectTable(cells);
    }

    public string Rate(int q) =>
        Responses.IsHidden(q, 0) || Responses.IsRowTotalHidden(q) || Responses.RowTotal(q) == 0 ? "–"
        : $"{100.0 * Responses.Value(q, 0) / Responses.RowTotal(q):0}%";
}
