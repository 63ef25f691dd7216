using Voice.Data.Text.Classification;
using Voice.Data.Text.Embeddings;

namespace Voice.Data.Analytics.Themes;

/// <summary>
/// A trained themes model: per theme a logistic regression over the sentence embedding and
/// word features, a phrase boost and a tuned threshold; a tone classifier; and the labelled
/// examples that may be shown as the nearest example. Immutable and thread-safe.
/// Made by <see cref="ThemeTrainer"/>; saved and loaded by <see cref="ThemeModelFile"/>.
/// </summary>
public sealed class ThemeModel : IThemeTagger
{
    public required string TaxonomyVersion { get; init; }
    public required IReadOnlyList<string> ThemeIds { get; init; }
    public required IReadOnlyList<IReadOnlyList<string>> Phrases { get; init; }
    public required WordFeatures Words { get; init; }
    public required IReadOnlyList<LogisticRegression> Themes { get; init; }
    /// <summary>Positive, negative, neutral; empty when the training data had no tone.</summary>
    public required IReadOnlyList<LogisticRegression> Tones { get; init; }
    public required double[] Thresholds { get; init; }
    /// <summary>When no theme reaches its threshold, the best theme is still given if its score reaches this.</summary>
    public required double FallbackThreshold { get; init; }
    public required ThemeTrainer.Settings Settings { get; init; }
    public required IReadOnlyList<string> ExampleTexts { get; init; }
    public required IReadOnlyList<float[]> ExampleEmbeddings { get; init; }
    public required IReadOnlyList<bool[]> ExampleLabels { get; init; }
    public int TrainingCount { get; init; }
    public int CorrectionsCount { get; init; }

    /// <summary>Turns texts into sentence embeddings; the shared MiniLM encoder unless a test swaps it.</summary>
    public Func<IReadOnlyList<string>, float[][]> Encode { get; init; } = SentenceEncoder.Shared.Encode;

    PhraseMatcher? matcher;
    PhraseMatcher Matcher => matcher ??= new PhraseMatcher(Phrases);

    public ThemeTagging Tag(string text) => Tag([text])[0];

    public IReadOnlyList<ThemeTagging> Tag(IReadOnlyList<string> texts)
    {
        var embeddings = Encode(texts);
        return texts.Select((text, i) => Tag(text, embeddings[i])).ToList();
    }

    public ThemeTagging Tag(string text, float[] embedding)
    {
        var x = new FeatureVector(embedding, Words.Transform(text));
        var phrases = Matcher.Match(text);
        var scores = Scores(x, phrases);
        var chosen = Choose(scores);
        var why = chosen.Select(t => Explain(t, scores[t], phrases[t], embedding)).ToList();
        return new ThemeTagging(chosen.Select(t => ThemeIds[t]).ToList(), ToneOf(x), why, TaxonomyVersion);
    }

    /// <summary>Each theme's score: the classifier's probability plus the phrase boost when a phrase matched.</summary>
    public double[] Scores(FeatureVector x, string?[] phrases)
    {
        var scores = new double[ThemeIds.Count];
        for (var t = 0; t < scores.Length; t++)
            scores[t] = Math.Min(1.0, Themes[t].Probability(x, Settings.WordScale, Settings.EmbeddingScale) + (phrases[t] is null ? 0 : Settings.PhraseBoost));
        return scores;
    }

    /// <summary>The themes whose score reaches their threshold, best first; or the best one if it reaches the fallback.</summary>
    public int[] Choose(double[] scores)
    {
        var chosen = Enumerable.Range(0, scores.Length).Where(t => scores[t] >= Thresholds[t]).OrderByDescending(t => scores[t] - Thresholds[t]).ToArray();
        if (chosen.Length > 0 || scores.Length == 0) return chosen;
        var best = Enumerable.Range(0, scores.Length).MaxBy(t => scores[t] - Thresholds[t]);
        return scores[best] >= FallbackThreshold ? [best] : [];
    }

    ThemeEvidence Explain(int theme, double score, string? phrase, float[] embedding)
    {
        string? nearest = null;
        double? similarity = null;
        for (var e = 0; e < ExampleTexts.Count; e++)
        {
            if (!ExampleLabels[e][theme]) continue;
            var s = SentenceEncoder.Similarity(embedding, ExampleEmbeddings[e]);
            if (similarity is null || s > similarity) (nearest, similarity) = (ExampleTexts[e], s);
        }
        return new ThemeEvidence(ThemeIds[theme], Math.Round(score, 3), phrase, nearest, similarity is { } v ? Math.Round(v, 3) : null);
    }

    Tone ToneOf(FeatureVector x)
    {
        if (Tones.Count != 3) return Tone.Neutral;
        var p = Tones.Select(t => t.Probability(x, Settings.WordScale, Settings.EmbeddingScale)).ToArray();
        var best = Array.IndexOf(p, p.Max());
        return (Tone)best;
    }
}
