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
        var (counts, dimensionLines) = await ReadAsync(filter, rows, ct);
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
            var lines = dimensionLines[d];
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

    /// <summary>One summary row as read: part is a filter mask, or 100 + a dimension for its line.</summary>
    sealed class Part
    {
        public int Of { get; init; }
        public string ThemeId { get; init; } = "";
        public int Quarter { get; init; }
        public string Value { get; init; } = "";
        public int People { get; init; }
        public int Positive { get; init; }
        public int Negative { get; init; }
        public int Neutral { get; init; }
        public long ScoreSum { get; init; }
        public int ScoreCount { get; init; }
    }

    /// <summary>
    /// Everything one grid needs in one round trip (UNION ALL): the figures for every subset of
    /// the active filters, and each filtered dimension's line of values. Each (row, quarter) of a
    /// part is a single summary row, so nothing is summed here.
    /// </summary>
    async Task<(List<Dictionary<(string, int), Sums>> Counts, List<Dictionary<(string, int), List<(string Value, long People)>>> Lines)> ReadAsync(
        FeedbackFilter f, IReadOnlyList<string> rows, CancellationToken ct)
    {
        var active = f.Active;
        IQueryable<Part>? all = null;
        for (var mask = 0; mask < 1 << active.Count; mask++)
        {
            var of = mask;
            var part = Filtered(f, mask, rows).Select(s => new Part { Of = of, ThemeId = s.ThemeId, Quarter = s.Quarter, Value = "", People = s.People, Positive = s.Positive, Negative = s.Negative, Neutral = s.Neutral, ScoreSum = s.ScoreSum, ScoreCount = s.ScoreCount });
            all = all is null ? part : all.Concat(part);
        }
        for (var d = 0; d < active.Count; d++)
        {
            var of = 100 + d;
            var query = Filtered(f, (1 << active.Count) - 1, rows, skipDimension: d);
            var part = active[d].Name switch
            {
                "team" => query.Select(s => new Part { Of = of, ThemeId = s.ThemeId, Quarter = s.Quarter, Value = s.Team, People = s.People, Positive = 0, Negative = 0, Neutral = 0, ScoreSum = 0, ScoreCount = 0 }),
                "journey" => query.Select(s => new Part { Of = of, ThemeId = s.ThemeId, Quarter = s.Quarter, Value = s.JourneyPoint, People = s.People, Positive = 0, Negative = 0, Neutral = 0, ScoreSum = 0, ScoreCount = 0 }),
                "age" => query.Select(s => new Part { Of = of, ThemeId = s.ThemeId, Quarter = s.Quarter, Value = s.AgeBand, People = s.People, Positive = 0, Negative = 0, Neutral = 0, ScoreSum = 0, ScoreCount = 0 }),
                _ => query.Select(s => new Part { Of = of, ThemeId = s.ThemeId, Quarter = s.Quarter, Value = s.Source, People = s.People, Positive = 0, Negative = 0, Neutral = 0, ScoreSum = 0, ScoreCount = 0 }),
            };
            all = all!.Concat(part);
        }
        var read = await all!.ToListAsync(ct);
        var counts = Enumerable.Range(0, 1 << active.Count)
            .Select(mask => read.Where(p => p.Of == mask).ToDictionary(p => (p.ThemeId, p.Quarter), p => new Sums(p.People, p.Positive, p.Negative, p.Neutral, p.ScoreSum, p.ScoreCount)))
            .ToList();
        var lines = Enumerable.Range(0, active.Count)
            .Select(d => read.Where(p => p.Of == 100 + d).GroupBy(p => (p.ThemeId, p.Quarter))
                .ToDictionary(g => g.Key, g => g.OrderBy(p => p.Value, StringComparer.Ordinal).Select(p => (p.Value, (long)p.People)).ToList()))
            .ToList();
        return (counts, lines);
    }

    /// <summary>The values each filter can take, from the summaries (no value from a group too small to show is special: all are listed).</summary>
    public async Task<(IReadOnlyList<string> Teams, IReadOnlyList<string> JourneyPoints, IReadOnlyList<string> AgeBands, IReadOnlyList<int> Quarters)> OptionsAsync(CancellationToken ct)
    {
        // One round trip; each list read from the rows added up over every other filter (a few rows each).
        IQueryable<FeedbackSummary> By(int kept) => db.FeedbackSummaries.AsNoTracking().Where(s => s.ThemeId == "" && s.Rollup == (Rollups.All & ~kept));
        var read = await By(Rollups.Team).Select(s => new Part { Of = Rollups.Team, ThemeId = "", Quarter = 0, Value = s.Team, People = 0, Positive = 0, Negative = 0, Neutral = 0, ScoreSum = 0, ScoreCount = 0 })
            .Concat(By(Rollups.JourneyPoint).Select(s => new Part { Of = Rollups.JourneyPoint, ThemeId = "", Quarter = 0, Value = s.JourneyPoint, People = 0, Positive = 0, Negative = 0, Neutral = 0, ScoreSum = 0, ScoreCount = 0 }))
            .Concat(By(Rollups.AgeBand).Select(s => new Part { Of = Rollups.AgeBand, ThemeId = "", Quarter = 0, Value = s.AgeBand, People = 0, Positive = 0, Negative = 0, Neutral = 0, ScoreSum = 0, ScoreCount = 0 }))
            .Concat(By(0).Select(s => new Part { Of = 0, ThemeId = "", Quarter = s.Quarter, Value = "", People = 0, Positive = 0, Negative = 0, Neutral = 0, ScoreSum = 0, ScoreCount = 0 }))
            .Distinct().ToListAsync(ct);
        List<string> Values(int of) => [.. read.Where(p => p.Of == of).Select(p => p.Value).Distinct().Order(StringComparer.Ordinal)];
        return (Values(Rollups.Team), Values(Rollups.JourneyPoint), Values(Rollups.AgeBand),
            [.. read.Where(p => p.Of == 0).Select(p => p.Quarter).Distinct().Order()]);
    }
}
