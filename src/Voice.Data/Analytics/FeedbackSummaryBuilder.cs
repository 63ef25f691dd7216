using Microsoft.EntityFrameworkCore;

namespace Voice.Data.Analytics;

/// <summary>
/// Rebuilds <see cref="FeedbackSummary"/> from the read model in two grouped queries, inside one
/// transaction, so a page never sees half a rebuild. Run from a leased background job.
/// </summary>
public static class FeedbackSummaryBuilder
{
    public static async Task<int> RebuildAsync(VoiceDbContext db, CancellationToken ct)
    {
        var all = await db.FeedbackItems
            .GroupBy(f => new { f.Quarter, f.Source, f.JourneyPoint, f.Team, f.AgeBand })
            .Select(g => new FeedbackSummary
            {
                Quarter = g.Key.Quarter, Source = g.Key.Source, JourneyPoint = g.Key.JourneyPoint, Team = g.Key.Team, AgeBand = g.Key.AgeBand, ThemeId = "",
                People = g.Select(f => f.ResponseKey).Distinct().Count(),
                Positive = g.Where(f => f.Tone == "positive").Select(f => f.ResponseKey).Distinct().Count(),
                Negative = g.Where(f => f.Tone == "negative").Select(f => f.ResponseKey).Distinct().Count(),
                Neutral = g.Where(f => f.Tone == "neutral").Select(f => f.ResponseKey).Distinct().Count(),
                ScoreSum = g.Sum(f => (long)(f.Score ?? 0)),
                ScoreCount = g.Count(f => f.Score != null),
            })
            .ToListAsync(ct);
        var byTheme = await (
                from t in db.FeedbackItemThemes
                join f in db.FeedbackItems on t.ItemId equals f.Id
                group f by new { f.Quarter, f.Source, f.JourneyPoint, f.Team, f.AgeBand, t.ThemeId } into g
                select new FeedbackSummary
                {
                    Quarter = g.Key.Quarter, Source = g.Key.Source, JourneyPoint = g.Key.JourneyPoint, Team = g.Key.Team, AgeBand = g.Key.AgeBand, ThemeId = g.Key.ThemeId,
                    People = g.Select(f => f.ResponseKey).Distinct().Count(),
                    Positive = g.Where(f => f.Tone == "positive").Select(f => f.ResponseKey).Distinct().Count(),
                    Negative = g.Where(f => f.Tone == "negative").Select(f => f.ResponseKey).Distinct().Count(),
                    Neutral = g.Where(f => f.Tone == "neutral").Select(f => f.ResponseKey).Distinct().Count(),
                })
            .ToListAsync(ct);

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.FeedbackSummaries.ExecuteDeleteAsync(ct);
            db.FeedbackSummaries.AddRange(all);
            db.FeedbackSummaries.AddRange(byTheme);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            db.ChangeTracker.Clear();
            return all.Count + byTheme.Count;
        });
    }
}
