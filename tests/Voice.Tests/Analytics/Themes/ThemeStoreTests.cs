using Microsoft.EntityFrameworkCore;
using Voice.Tests.Support;
using Voice.Data;
using Voice.Data.Analytics.Themes;
using Voice.Data.Feedback;

namespace Voice.Tests.Analytics.Themes;

/// <summary>QA's taxonomy versions, corrections and phrase decisions on a real SQLite database.</summary>
public class ThemeStoreTests
{
    static readonly Taxonomy Content = TaxonomyReader.Load(TestPaths.Content);

    static async Task<(TestDatabase Db, VoiceDbContext Context, ThemeStore Store)> NewAsync()
    {
        var db = TestDatabase.CreateSqlite();
        var context = db.NewContext();
        await context.Database.MigrateAsync();
        return (db, context, new ThemeStore(context, new TestClock(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero))));
    }

    [Fact]
    public async Task Until_QA_saves_a_version_the_content_file_is_current_and_each_save_is_a_new_version()
    {
        var (db, context, store) = await NewAsync();
        await using var _ = db;
        await using var __ = context;
        Assert.Same(Content, await store.CurrentTaxonomyAsync(Content));

        var edited = Content.Themes.Select(t => t.Id == "money" ? t with { Definition = "Pocket money, grants and debts." } : t);
        var saved = await store.SaveTaxonomyAsync(TaxonomyReader.Write("starter-2", edited), "qa@example", "Debts");
        var current = await store.CurrentTaxonomyAsync(Content);
        Assert.Equal(saved.Version, current.Version);
        Assert.NotEqual(Content.Version, current.Version);
        Assert.Equal("Pocket money, grants and debts.", current.Find("money")!.Definition);
        Assert.Equal(1, await context.Set<ThemeTaxonomyVersion>().CountAsync());
    }

    [Fact]
    public async Task A_bad_taxonomy_is_refused_naming_the_field_and_nothing_is_saved()
    {
        var (db, context, store) = await NewAsync();
        await using var _ = db;
        await using var __ = context;
        var e = await Assert.ThrowsAsync<ContentValidationException>(() => store.SaveTaxonomyAsync("{ \"version\": \"x\", \"themes\": [ { \"id\": \"a\" } ] }", "qa", null));
        Assert.Equal("$.themes[0].name", e.JsonPath);
        Assert.Equal(0, await context.Set<ThemeTaxonomyVersion>().CountAsync());
    }

    [Fact]
    public async Task Corrections_become_training_examples_and_the_latest_for_an_item_wins()
    {
        var (db, context, store) = await NewAsync();
        await using var _ = db;
        await using var __ = context;
        await store.CorrectAsync(Content, "The minibus is always late", ["home"], Tone.Negative, "view:1", "qa");
        await store.CorrectAsync(Content, "The minibus is always late", ["home", "activities"], Tone.Negative, "view:1", "qa");
        await store.CorrectAsync(Content, "Nothing to add", [], Tone.Neutral, "view:2", "qa");
        await Assert.ThrowsAsync<ArgumentException>(() => store.CorrectAsync(Content, "x", ["no-such-theme"], null, null, "qa"));

        var corrections = await store.CorrectionsAsync();
        Assert.Equal(2, corrections.Count);
        Assert.Equal(["home", "activities"], corrections[0].Themes);
        Assert.Empty(corrections[1].Themes);
        Assert.Equal(3, await store.CorrectionsCountAsync());
    }

    [Fact]
    public async Task Accepting_a_phrase_adds_it_to_the_theme_in_a_new_version_and_both_decisions_are_remembered()
    {
        var (db, context, store) = await NewAsync();
        await using var _ = db;
        await using var __ = context;
        await store.DecidePhraseAsync(Content, "Bus Pass", "money", "qa");
        await store.DecidePhraseAsync(Content, "fire alarm", null, "qa");

        var current = await store.CurrentTaxonomyAsync(Content);
        Assert.Contains("bus pass", current.Find("money")!.Phrases);
        Assert.StartsWith("starter-1-", current.Version);
        Assert.NotEqual(Content.Version, current.Version);
        Assert.Equal(["bus pass", "fire alarm"], (await store.DecidedPhrasesAsync()).Order());
        Assert.Equal("dismissed", (await context.Set<EmergingPhraseDecision>().SingleAsync(d => d.Phrase == "fire alarm")).Decision);
    }
}
