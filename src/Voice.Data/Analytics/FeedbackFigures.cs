using Microsoft.EntityFrameworkCore;
using Voice.Data.Analytics.Privacy;

namespace Voice.Data.Analytics;

/// <summary>What the QA pages are filtered by. Null means every value.</summary>
public sealed record FeedbackFilter(string? Team, string? JourneyPoint, string? AgeBand, string? Source, IReadOnlyList<Quarter> Quarters)
{
    public IReadOnlyList<(string Name, string Value)> Active =>
        [.. new[] { ("team", Team), ("journey", JourneyPoint), ("age", AgeBand), ("source", Source) }.Where(x => x.Item2 is not null).Select(x => (x.Item1, x.Item2!))];
}

/// <summary>
/// Figures by quarter (for every comment, or for each theme) read from the pre-counted
/// summaries, with <see cref="SmallNumbers"/> applied the whole way: each cell is checked across
/// filters (every "everyone else" group) and across every value of each filtered dimension,
/// then each table is protected by rows, columns and totals.
/// </summary>
public sealed class FeedbackFigures(VoiceDbContext db, SmallNumbers rule)
{
    public const string Everything = "";

    /// <summary>
    /// <see cref="ToneTrend"/> is the first row's people by tone (positive, negative, neutral) and
    /// quarter: is it getting better?
    /// </summary>
    public sealed record Grid(IReadOnlyList<string> Rows, IReadOnlyList<Quarter> Quarters, ProtectedTable People, ProtectedTable Tone, double?[,] MeanScore, ProtectedTable ToneTrend);

    /// <summary>
    /// People by row (<see cref="Everything"/> or theme ids) and quarter, their tone (positive,
    /// negative, neutral over the period) and the mean score where enough people gave one.
    /// </summary>
    public async Task<Grid> GridAsync(FeedbackFilter filter, IReadOnlyList<string> rows, CancellationToken ct)
    {
        var active = filter.Active;
        var quarters = filter.Quarters;
        var counts = new List<Dictionary<(string, int), Sums>>();
        for (var mask = 0; mask < 1 << active.Count; mask++)
            counts.Add(await SumsAsync(filter, mask, rows, ct));
        var full = counts[^1];

        int R = rows.Count, Q = quarters.Count;
        var people = new long[R, Q];
        var alsoHidden = new bool[R, Q];
        var tone = new long[R, 3];
        var toneHidden = new bool[R, 3];
        var mean = new double?[R, Q];
        for (var r = 0; r < R; r++)
        for (var q = 0; q < Q; q++)
        {
            var key = (rows[r], quarters[q].Key);
            var s = full.GetValueOrDefault(key);
            people[r, q] = s.People;
            alsoHidden[r, q] = !rule.SafeAcrossFilters([.. counts.Select(c => c.GetValueOrDefault(key).People)]);
            tone[r, 0] += s.Positive; tone[r, 1] += s.Negative; tone[r, 2] += s.Neutral;
            if (rule.CanShowRate(s.ScoreCount) && !rule.IsSmall(s.People)) mean[r, q] = (double)s.ScoreSum / s.ScoreCount;
        }
        for (var r = 0; r < R; r++)
        for (var t = 0; t < 3; t++)
        {
            var row = rows[r];
            toneHidden[r, t] = !rule.SafeAcrossFilters([.. counts.Select(c => quarters.Sum(q => c.GetValueOrDefault((row, q.Key)).Tone(t)))]);
        }

        // An intruder can try every value of a filter in turn and subtract from the total.
        for (var d = 0; d < active.Count; d++)
        {
            var lines = await DimensionLinesAsync(filter, d, rows, ct);
            for (var r = 0; r < R; r++)
            for (var q = 0; q < Q; q++)
                if (lines.TryGetValue((rows[r], quarters[q].Key), out var line))
                {
                    var values = line.Select(x => x.People).ToList();
                    var at = line.FindIndex(x => x.Value == active[d].Value);
                    if (at >= 0 && rule.ProtectLine(values)[at]) alsoHidden[r, q] = true;
                }
        }

        var trend = new long[3, Q];
        var trendHidden = new bool[3, Q];
        for (var t = 0; t < 3; t++)
        for (var q = 0; q < Q; q++)
        {
            var key = (rows[0], quarters[q].Key);
            trend[t, q] = full.GetValueOrDefault(key).Tone(t);
            trendHidden[t, q] = alsoHidden[0, q] || !rule.SafeAcrossFilters([.. counts.Select(c => c.GetValueOrDefault(key).Tone(t))]);
        }

        var peopleTable = rule.ProtectTable(people, alsoHidden);
        for (var r = 0; r < R; r++)
        for (var q = 0; q < Q; q++)
            if (peopleTable.IsHidden(r, q)) mean[r, q] = null;
        return new Grid(rows, quarters, peopleTable, rule.ProtectTable(tone, toneHidden), mean, rule.ProtectTable(trend, trendHidden));
    }

    readonly record struct Sums(long People, long Positive, long Negative, long Neutral, long ScoreSum, long ScoreCount)
    {
        public long Tone(int t) => t switch { 0 => Positive, 1 => Negative, _ => Neutral };
    }

    /// <summary>
    /// The summary rows for the filters in <paramref name="mask"/> (bits of <see cref="FeedbackFilter.Active"/>):
    /// those added up over every other filter, so each (row, quarter) is one row read through the
    /// index. <paramref name="skipDimension"/> is kept apart, one row per value.
    /// </summary>
    IQueryable<FeedbackSummary> Filtered(FeedbackFilter f, int mask, IReadOnlyList<string> rows, int? skipDimension = null)
    {
        var keys = f.Quarters.Select(q => q.Key).ToList();
        var rowList = rows.ToList();
        var active = f.Active;
        var rollup = Rollups.All;
        for (var d = 0; d < active.Count; d++)
            if ((mask & (1 << d)) != 0 || d == skipDimension) rollup &= ~Rollups.Of(active[d].Name);
        var query = db.FeedbackSummaries.AsNoTracking().Where(s => s.Rollup == rollup && keys.Contains(s.Quarter) && rowList.Contains(s.ThemeId));
        for (var d = 0; d < active.Count; d++)
        {
            if ((mask & (1 << d)) == 0 || d == skipDimension) continue;
            var value = active[d].Value;
            query = active[d].Name switch
            {
                "team" => query.Where(s => s.Team == value),
                "journey" => query.Where(s => s.JourneyPoint == value),
                "age" => query.Where(s => s.AgeBand == value),
                _ => query.Where(s => s.Source == value),
            };
        }
        return query;
    }

    async Task<Dictionary<(string, int), Sums>> SumsAsync(FeedbackFilter f, int mask, IReadOnlyList<string> rows, CancellationToken ct) =>
        (await Filtered(f, mask, rows)
            .GroupBy(s => new { s.ThemeId, s.Quarter })
            .Select(g => new
            {
                g.Key.ThemeId, g.Key.Quarter, People = g.Sum(x => x.People), Positive = g.Sum(x => x.Positive), Negative = g.Sum(x => x.Negative),
                Neutral = g.Sum(x => x.Neutral), ScoreSum = g.Sum(x => x.ScoreSum), ScoreCount = g.Sum(x => x.ScoreCount),
            })
            .ToListAsync(ct))
        .ToDictionary(x => (x.ThemeId, x.Quarter), x => new Sums(x.People, x.Positive, x.Negative, x.Neutral, x.ScoreSum, x.ScoreCount));

    async Task<Dictionary<(string, int), List<(string Value, long People)>>> DimensionLinesAsync(FeedbackFilter f, int d, IReadOnlyList<string> rows, CancellationToken ct)
    {
        var all = (1 << f.Active.Count) - 1;
        var query = Filtered(f, all, rows, skipDimension: d);
        var grouped = f.Active[d].Name switch
        {
            "team" => query.GroupBy(s => new { s.ThemeId, s.Quarter, Value = s.Team }),
            "journey" => query.GroupBy(s => new { s.ThemeId, s.Quarter, Value = s.JourneyPoint }),
            "age" => query.GroupBy(s => new { s.ThemeId, s.Quarter, Value = s.AgeBand }),
            _ => query.GroupBy(s => new { s.ThemeId, s.Quarter, Value = s.Source }),
        };
        var list = await grouped.Select(g => new { g.Key.ThemeId, g.Key.Quarter, g.Key.Value, People = g.Sum(x => x.People) }).ToListAsync(ct);
        return list.GroupBy(x => (x.ThemeId, x.Quarter))
            .ToDictionary(g => g.Key, g => g.OrderBy(x => x.Value, StringComparer.Ordinal).Select(x => (x.Value, (long)x.People)).ToList());
    }

    /// <summary>The values each filter can take, from the summaries (no value from a group too small to show is special: all are listed).</summary>
    public async Task<(IReadOnlyList<string> Teams, IReadOnlyList<string> JourneyPoints, IReadOnlyList<string> AgeBands, IReadOnlyList<int> Quarters)> OptionsAsync(CancellationToken ct)
    {
        // Each list is read from the rows added up over every other filter: a few rows each.
        IQueryable<FeedbackSummary> By(int kept) => db.FeedbackSummaries.AsNoTracking().Where(s => s.ThemeId == "" && s.Rollup == (Rollups.All & ~kept));
        return (await By(Rollups.Team).Select(s => s.Team).Distinct().OrderBy(x => x).ToListAsync(ct),
            await By(Rollups.JourneyPoint).Select(s => s.JourneyPoint).Distinct().OrderBy(x => x).ToListAsync(ct),
            await By(Rollups.AgeBand).Select(s => s.AgeBand).Distinct().OrderBy(x => x).ToListAsync(ct),
            await By(0).Select(s => s.Quarter).Distinct().OrderBy(x => x).ToListAsync(ct));
    }
}
