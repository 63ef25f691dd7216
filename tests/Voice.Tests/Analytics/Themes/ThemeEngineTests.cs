using Voice.Data.Text.Classification;
using Voice.Data.Analytics.Themes;
using Voice.Data.Text.Embeddings;

namespace Voice.Tests.Analytics.Themes;

/// <summary>Trains once on three quarters of content/themes/examples.csv and tests on the rest.</summary>
public sealed class ThemeEngineFixture
{
    public Taxonomy Taxonomy { get; } = TaxonomyReader.Load(TestPaths.Content);
    public LabelledSet Train { get; }
    public LabelledSet Test { get; }
    public ThemeModel Model { get; }

    public ThemeEngineFixture()
    {
        var all = LabelledSet.ReadCsv(Path.Combine(TestPaths.Content, "themes", "examples.csv"));
        var order = Enumerable.Range(0, all.Comments.Count).ToArray();
        new Random(3).Shuffle(order);
        var cut = order.Length * 3 / 4;
        Train = all with { Comments = order[..cut].Select(i => all.Comments[i]).ToList() };
        Test = all with { Comments = order[cut..].Select(i => all.Comments[i]).ToList() };
        Model = ThemeTrainer.Train(Taxonomy, Train, SentenceEncoder.Shared.Encode);
    }
}

public class ThemeEngineTests(ThemeEngineFixture f) : IClassFixture<ThemeEngineFixture>
{
    [Fact]
    public void On_unseen_examples_it_does_far_better_than_chance()
    {
        var result = ThemeEvaluation.Run(f.Model, f.Test);
        // Floors, not the measured figures: a guess of each theme's base rate scores about 0.1.
        Assert.True(result.MicroF1 >= 0.5, $"micro-F1 {result.MicroF1:F3}");
        Assert.True(result.MacroF1 >= 0.45, $"macro-F1 {result.MacroF1:F3}");
        Assert.True(result.ToneAccuracy >= 0.6, $"tone accuracy {result.ToneAccuracy:F3}");
        Assert.True(result.Themes.Count(t => t.F1 > 0) >= 12, "most themes are found at all");
    }

    [Fact]
    public void Clear_comments_get_their_theme_and_tone()
    {
        var contact = f.Model.Tag("It is not fair, I never get to see my brother and sister since I moved");
        Assert.Contains("family-contact", contact.Themes);
        Assert.Equal(Tone.Negative, contact.Tone);
        var money = f.Model.Tag("my pocket money has not been paid for three weeks");
        Assert.Contains("money", money.Themes);
        var happy = f.Model.Tag("I love my foster carers, they are so kind to me");
        Assert.Contains("home", happy.Themes);
        Assert.Equal(Tone.Positive, happy.Tone);
    }

    [Fact]
    public void Every_theme_given_is_explained_by_a_phrase_or_the_nearest_example()
    {
        var tagging = f.Model.Tag("My foster carer never tells me when my review meeting is");
        Assert.NotEmpty(tagging.Themes);
        Assert.Equal(tagging.Themes, tagging.Why.Select(w => w.ThemeId));
        Assert.All(tagging.Why, w =>
        {
            Assert.NotNull(w.NearestExample);
            Assert.InRange(w.Similarity!.Value, -1, 1);
            Assert.InRange(w.Score, f.Model.Thresholds[f.Model.ThemeIds.ToList().IndexOf(w.ThemeId)] - 1e-9, 1);
        });
        Assert.Contains(tagging.Why, w => w.Phrase is not null);
        Assert.Equal(f.Taxonomy.Version, tagging.TaxonomyVersion);
    }

    [Fact]
    public void A_phrase_only_adds_to_a_themes_score()
    {
        var text = "the contact centre was fine";
        var x = new FeatureVector(SentenceEncoder.Shared.Encode(text), f.Model.Words.Transform(text));
        var with = f.Model.Scores(x, new PhraseMatcher(f.Model.Phrases).Match(text));
        var without = f.Model.Scores(x, new string?[f.Model.ThemeIds.Count]);
        var contact = f.Model.ThemeIds.ToList().IndexOf("family-contact");
        Assert.True(with[contact] > without[contact]);
        Assert.All(Enumerable.Range(0, with.Length), t => Assert.True(with[t] >= without[t]));
    }

    [Fact]
    public void Training_is_deterministic_and_thresholds_are_tuned_per_theme()
    {
        var again = ThemeTrainer.Train(f.Taxonomy, f.Train, SentenceEncoder.Shared.Encode);
        Assert.Equal(f.Model.Thresholds, again.Thresholds);
        Assert.Equal(f.Model.Themes[0].EmbeddingWeights, again.Themes[0].EmbeddingWeights);
        Assert.True(f.Model.Thresholds.Distinct().Count() > 1);
    }

    [Fact]
    public void A_saved_model_loads_and_tags_the_same()
    {
        var path = Path.Combine(Path.GetTempPath(), $"voice-themes-{Guid.NewGuid():N}.json.gz");
        try
        {
            ThemeModelFile.Save(f.Model, path);
            var loaded = ThemeModelFile.Load(path);
            const string text = "I had to change school when I moved and the teachers don't help";
            Assert.Equal(f.Model.Tag(text), loaded.Tag(text), new TaggingComparer());
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Corrections_train_the_model_but_are_never_shown_as_the_nearest_example()
    {
        var correction = "the minibus to the respite unit keeps being late";
        var data = f.Train with { Comments = [.. f.Train.Comments, .. ThemeContent.AsExamples(f.Taxonomy, [(correction, ["home"], Tone.Negative)])] };
        var model = ThemeTrainer.Train(f.Taxonomy, data, SentenceEncoder.Shared.Encode, correctionsCount: 1);
        Assert.Equal(1, model.CorrectionsCount);
        Assert.DoesNotContain(correction, model.ExampleTexts);
        Assert.Equal(f.Model.ExampleTexts.Count, model.ExampleTexts.Count);
    }

    sealed class TaggingComparer : IEqualityComparer<ThemeTagging>
    {
        public bool Equals(ThemeTagging? a, ThemeTagging? b) =>
            a!.Themes.SequenceEqual(b!.Themes) && a.Tone == b.Tone && a.Why.SequenceEqual(b.Why) && a.TaxonomyVersion == b.TaxonomyVersion;
        public int GetHashCode(ThemeTagging t) => t.Themes.Count;
    }
}
