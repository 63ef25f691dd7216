using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Analytics;
using Voice.Data.Analytics.Privacy;
using Voice.Data.Analytics.Themes;

namespace Voice.Web.Features.Quality;

/// <summary>
/// Development demo data for the QA area: looked-after children's feedback over the last eight
/// quarters in three teams, mostly about contact with family, getting better over time (more
/// positive comments, higher scores), so "is contact with family getting better this year?" can
/// be answered from the screens. Written straight into the read model and tagged by the themes
/// engine, as real feedback is (each distinct comment once), so every quote's "why" is the
/// engine's own; which comments are picked is fixed, so the figures are the same on every run.
/// The texts hold nothing to redact. This quarter some also mention a bus pass, new this quarter,
/// for the emerging phrases page.
/// </summary>
public static class QualityDemo
{
    public const string KeyPrefix = "demo:";
    public static readonly string[] Teams = ["Children in care north", "Children in care south", "Leaving care"];

    static readonly string[] Better =
    [
        "I see my mum every week now and it is at the park, not the office",
        "My social worker sorted video calls with my nan on Sundays",
        "Contact moved to Saturdays so I do not miss school any more",
        "I got to see my brothers at Christmas and it was really good",
        "My carer drives me to see my dad and stays nearby, which helps",
        "Nobody cancels contact now and I know the dates a month ahead",
        "I can phone my sister whenever I want, that makes me happy",
        "They listened when I said I wanted longer visits with my grandad",
    ];

    static readonly string[] Worse =
    [
        "I only see my mum once a month and it is always in the contact centre",
        "Contact with my brothers keeps getting cancelled at the last minute",
        "Nobody told me why contact with my dad stopped",
        "I want to see my little sister more but they say there is no one to supervise",
        "The contact room is boring and someone watches us the whole time",
        "I miss my nan and nobody has asked me about seeing her",
        "It takes two buses to get to contact and I am always tired after",
    ];

    /// <summary>Other things said, about other themes.</summary>
    static readonly string[] Other =
    [
        "I like living with my carers and my room is nice",
        "My social worker keeps changing and I have to tell my story again",
        "My teacher helps me with homework after school",
        "Adults talk about me in meetings and I do not get a say",
        "I started football on Tuesdays and I love it",
    ];

    /// <summary>Said only this quarter, so it shows on the emerging phrases page.</summary>
    public const string NewThisQuarter = "My bus pass ran out and nobody has renewed it";

    public static async Task SeedAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<VoiceDbContext>();
        if (await db.FeedbackItems.AnyAsync(f => f.ResponseKey.StartsWith(KeyPrefix))) return;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var tagger = services.GetRequiredService<IThemeTagger>();
        var tagged = new Dictionary<string, ThemeTagging>(StringComparer.Ordinal);
        FeedbackItem Comment(string key, string question, string questionText, string team, string age, DateOnly on, string text)
        {
            if (!tagged.TryGetValue(text, out var tagging)) tagged[text] = tagging = tagger.Tag(text);
            return Item(key, question, questionText, team, age, on, now, null, text, tagging);
        }
        var random = new Random(8);
        var current = Quarter.Of(today);
        var first = Quarter.Of(current.Start.AddMonths(-21));
        var step = 0;
        for (var q = first; q.Key <= current.Key; q = q.Next(), step++)
        {
            // The share of positive comments about family contact rises from 30% to about 70%.
            var better = 0.30 + 0.055 * step;
            foreach (var (team, t) in Teams.Select((team, t) => (team, t)))
            {
                // Enough people that, tagged by the engine, each tone is a group large enough to show.
                var people = 60 + random.Next(10);
                for (var person = 0; person < people; person++)
                {
                    // Before today, so answers given from today on are after the feedback job's watermark.
                    var on = q.Start.AddDays(random.Next(90));
                    if (on >= today) on = today.AddDays(-random.Next(1, 20));
                    if (Quarter.Of(on) != q) continue;
                    var key = $"{KeyPrefix}{q.Key}:{t}:{person}";
                    var age = (person % 3) switch { 0 => "8-11", 1 => "11-17", _ => "16+" };
                    // Exactly the share each quarter, so no tone is a small group that would hide the trend.
                    var (positive, text) = (person + 0.5) / people < better ? (true, Pick(random, Better)) : (false, Pick(random, Worse));
                    var score = positive ? 4 + random.Next(2) : 1 + random.Next(2);
                    db.FeedbackItems.Add(Item(key, "how-is-contact", "How is contact with your family going?", team, age, on, now, score, null, null));
                    db.FeedbackItems.Add(Comment(key, "contact-words", "Tell us about seeing your family", team, age, on, text));
                    if (person % 4 == 0)
                        db.FeedbackItems.Add(Comment(key, "anything-else", "Is there anything else you want to tell us?", team, age, on, Other[random.Next(Other.Length)]));
                    else if (q == current && person % 4 == 1)
                        // New this quarter: what the emerging phrases page is for.
                        db.FeedbackItems.Add(Comment(key, "anything-else", "Is there anything else you want to tell us?", team, age, on, NewThisQuarter));
                }
            }
        }
        await db.SaveChangesAsync();
        await FeedbackSummaryBuilder.RebuildAsync(db, default);
    }

    static string Pick(Random random, string[] texts) => texts[random.Next(texts.Length)];

    static FeedbackItem Item(string key, string question, string questionText, string team, string age, DateOnly on, DateTime now,
        int? score, string? text, ThemeTagging? tagging) => new()
    {
        Source = FeedbackSources.Views, ResponseKey = key, QuestionnaireId = "demo", QuestionId = question, QuestionText = questionText,
        JourneyPoint = "looked-after-review", Team = team, AgeBand = age, On = on, Month = on.Year * 100 + on.Month, Quarter = Quarter.Of(on).Key,
        Score = score, Text = text, Words = text?.Split(' ').Length ?? 0, AnonymousUseAgreed = true, Tone = tagging?.Tone.ToString().ToLowerInvariant(),
        TaxonomyVersion = tagging?.TaxonomyVersion, TaggedAt = tagging is null ? null : now, Why = tagging is null ? null : ThemeWhy.Write(tagging.Why),
        SourceAt = DateTime.SpecifyKind(on.ToDateTime(TimeOnly.MinValue), DateTimeKind.Utc), IngestedAt = now,
        Themes = [.. (tagging?.Themes ?? []).Distinct().Select(t => new FeedbackItemTheme { ThemeId = t })],
    };
}
