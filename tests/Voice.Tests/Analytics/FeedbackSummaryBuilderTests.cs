using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Analytics;
using Voice.Data.Analytics.Privacy;
using Voice.Tests.Support;

namespace Voice.Tests.Analytics;

/// <summary>
/// The summaries added up over every subset of the filters hold exactly what counting the
/// feedback itself gives, and the QA figures read the right ones.
/// </summary>
public class FeedbackSummaryBuilderTests
{
    static readonly string[] Teams = ["North", "South", "East"];
    static readonly string[] Ages = ["8-11", "11-17"];
    static readonly string[] Sources = [FeedbackSources.Views, FeedbackSources.Complaint];
    static readonly string[] Journeys = ["looked-after-review", "complaint"];
    static readonly string[] Tones = ["positive", "negative", "neutral"];
    static readonly DateOnly[] Days = [new(2026, 2, 10), new(2026, 5, 10)];

    /// <summary>12 people in every combination (so nothing is hidden), each with a score and a themed comment.</summary>
    static List<FeedbackItem> Feedback()
    {
        var items = new List<FeedbackItem>();
        var person = 0;
        foreach (var team in Teams)
        foreach (var age in Ages)
        foreach (var source in Sources)
        foreach (var journey in Journeys)
        foreach (var day in Days)
            for (var n = 0; n < 12; n++, person++)
            {
                FeedbackItem Item(string question) => new()
                {
                    Source = source, ResponseKey = $"view:{person}", QuestionId = question, JourneyPoint = journey, Team = team, AgeBand = age,
                    On = day, Month = day.Year * 100 + day.Month, Quarter = Quarter.Of(day).Key, AnonymousUseAgreed = true,
                    SourceAt = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), IngestedAt = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
                };
                var score = Item("score");
                score.Score = 1 + person % 5;
                var comment = Item("words");
                comment.Text = "I would like to see my brother more";
                comment.Tone = Tones[person % 3];
                comment.Themes = person % 2 == 0 ? [new FeedbackItemTheme { ThemeId = "family-contact" }] : [];
                items.Add(score);
                items.Add(comment);
            }
        return items;
    }

    [Theory, BothDatabases]
    public async Task Every_rollup_counts_what_the_feedback_itself_gives(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        await db.Database.MigrateAsync();
        var items = Feedback();
        db.FeedbackItems.AddRange(items);
        await db.SaveChangesAsync();
        await FeedbackSummaryBuilder.RebuildAsync(db, default);

        var rows = await db.FeedbackSummaries.AsNoTracking().ToListAsync();
        for (var rollup = 0; rollup <= Rollups.All; rollup++)
        {
            var r = rollup;
            string Key(string team, string journey, string age, string source, int quarter, string theme) =>
                $"{((r & Rollups.Team) == 0 ? team : "")}|{((r & Rollups.JourneyPoint) == 0 ? journey : "")}|{((r & Rollups.AgeBand) == 0 ? age : "")}|{((r & Rollups.Source) == 0 ? source : "")}|{quarter}|{theme}";
            var expected = items.SelectMany(i => new[] { "" }.Concat(i.Themes.Select(t => t.ThemeId)).Select(theme => (Item: i, Theme: theme)))
                .GroupBy(x => Key(x.Item.Team, x.Item.JourneyPoint, x.Item.AgeBand, x.Item.Source, x.Item.Quarter, x.Theme))
                .ToDictionary(g => g.Key, g => (People: g.Select(x => x.Item.ResponseKey).Distinct().Count(),
                    Negative: g.Where(x => x.Item.Tone == "negative").Select(x => x.Item.ResponseKey).Distinct().Count(),
                    ScoreSum: g.First().Theme == "" ? g.Sum(x => (long)(x.Item.Score ?? 0)) : 0));
            var actual = rows.Where(s => s.Rollup == r).ToDictionary(s => Key(s.Team, s.JourneyPoint, s.AgeBand, s.Source, s.Quarter, s.ThemeId));
            Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
            foreach (var (key, want) in expected)
            {
                Assert.Equal(want.People, actual[key].People);
                Assert.Equal(want.Negative, actual[key].Negative);
                Assert.Equal(want.ScoreSum, actual[key].ScoreSum);
            }
        }
        var everyone = Assert.Single(rows, s => s.Rollup == Rollups.All && s.ThemeId == "" && s.Quarter == Quarter.Of(Days[0]).Key);
        Assert.Equal(Teams.Length * Ages.Length * Sources.Length * Journeys.Length * 12, everyone.People);
    }

    [Theory, BothDatabases]
    public async Task The_figures_read_the_rows_added_up_over_the_other_filters(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        await db.Database.MigrateAsync();
        db.FeedbackItems.AddRange(Feedback());
        await db.SaveChangesAsync();
        await FeedbackSummaryBuilder.RebuildAsync(db, default);

        var quarters = Days.Select(Quarter.Of).ToList();
        var figures = new FeedbackFigures(db, new SmallNumbers());
        var (teams, journeys, ages, keys) = await figures.OptionsAsync(default);
        Assert.Equal(Teams.Order(), teams);
        Assert.Equal(Journeys.Order(), journeys);
        Assert.Equal(Ages.Order(), ages);
        Assert.Equal(quarters.Select(q => q.Key), keys);

        var all = await figures.GridAsync(new(null, null, null, null, quarters), [FeedbackFigures.Everything, "family-contact"], default);
        Assert.Equal(Teams.Length * Ages.Length * Sources.Length * Journeys.Length * 12, all.People.Value(0, 0));
        Assert.Equal(Teams.Length * Ages.Length * Sources.Length * Journeys.Length * 6, all.People.Value(1, 0));

        var south11to17 = await figures.GridAsync(new("South", null, "11-17", FeedbackSources.Views, quarters), [FeedbackFigures.Everything], default);
        Assert.False(south11to17.People.IsHidden(0, 1));
        Assert.Equal(Journeys.Length * 12, south11to17.People.Value(0, 1));
        Assert.Equal(Journeys.Length * 4, south11to17.ToneTrend.Value(1, 1));
    }
}
