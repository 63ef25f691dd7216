using Voice.Data.Text.Classification;
namespace Voice.Data.Analytics.Themes;

/// <summary>
/// Trains a <see cref="ThemeModel"/> for any taxonomy: the app's content examples and QA
/// corrections, or a council's CSV in <c>themes evaluate</c>, go through exactly this code.
/// Thresholds are tuned per theme on out-of-fold scores (k-fold validation splits of the
/// training data), shrunk towards one shared threshold so a theme with few examples does not
/// get an over-fitted one. Deterministic: the same data gives the same model.
/// </summary>
public static class ThemeTrainer
{
    public sealed record Settings(
        int Epochs = 40,
        double LearningRate = 0.5,
        double L2 = 1e-4,
        double WordScale = 1.0,
        double PhraseBoost = 0.2,
        int Folds = 5,
        int Seed = 17,
        double Shrink = 0.5,
        double EmbeddingScale = 5.0)
    {
        /// <summary>These settings with "Name=value" pairs applied (for <c>themes evaluate --set</c>).</summary>
        public Settings With(IEnumerable<string> assignments)
        {
            var s = this;
            foreach (var a in assignments)
            {
                var (name, text) = (a.Split('=')[0].Trim(), a.Split('=').ElementAtOrDefault(1)?.Trim() ?? "");
                if (!double.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var v)) throw new FormatException($"--set {a}: the value must be a number");
                s = name switch
                {
                    nameof(Epochs) => s with { Epochs = (int)v },
                    nameof(LearningRate) => s with { LearningRate = v },
                    nameof(L2) => s with { L2 = v },
                    nameof(WordScale) => s with { WordScale = v },
                    nameof(PhraseBoost) => s with { PhraseBoost = v },
                    nameof(Folds) => s with { Folds = (int)v },
                    nameof(Seed) => s with { Seed = (int)v },
                    nameof(Shrink) => s with { Shrink = v },
                    nameof(EmbeddingScale) => s with { EmbeddingScale = v },
                    _ => throw new FormatException($"--set {a}: no setting called {name}"),
                };
            }
            return s;
        }
    }

    public static ThemeModel Train(Taxonomy taxonomy, LabelledSet data, Func<IReadOnlyList<string>, float[][]> encode, Settings? settings = null, int correctionsCount = 0)
    {
        settings ??= new Settings();
        var ids = taxonomy.Ids.ToList();
        var comments = data.Under(ids).Comments.ToList();
        // The taxonomy's own example comments are labelled examples of their theme.
        for (var t = 0; t < ids.Count; t++)
            foreach (var example in taxonomy.Themes[t].Examples)
                comments.Add(new LabelledComment(example, ids.Select((_, i) => i == t).ToArray(), null));
        var phrases = taxonomy.Themes.Select(t => t.Phrases).ToList();
        var matcher = new PhraseMatcher(phrases);
        var matches = comments.Select(c => matcher.Match(c.Text)).ToArray();
        var embeddings = encode(comments.Select(c => c.Text).ToList());

        // Out-of-fold scores for threshold tuning.
        var fold = Folds(comments.Count, settings.Folds, settings.Seed);
        var oof = new double[comments.Count][];
        for (var k = 0; k < settings.Folds && comments.Count >= settings.Folds * 2; k++)
        {
            var train = Enumerable.Range(0, comments.Count).Where(i => fold[i] != k).ToList();
            var model = Fit(ids, phrases, comments, embeddings, train, settings, withTone: false);
            foreach (var i in Enumerable.Range(0, comments.Count).Where(i => fold[i] == k))
                oof[i] = model.Scores(new FeatureVector(embeddings[i], model.Words.Transform(comments[i].Text)), matches[i]);
        }
        var final = Fit(ids, phrases, comments, embeddings, Enumerable.Range(0, comments.Count).ToList(), settings, withTone: true);
        var (thresholds, fallback) = oof.All(s => s is not null)
            ? Tune(oof, comments.Select(c => c.Labels).ToArray(), settings.Shrink)
            : (ids.Select(_ => 0.5).ToArray(), 2.0);

        var showable = Enumerable.Range(0, comments.Count).Where(i => comments[i].Showable).ToList();
        return new ThemeModel
        {
            TaxonomyVersion = taxonomy.Version,
            ThemeIds = ids,
            Phrases = phrases,
            Words = final.Words,
            Themes = final.Themes,
            Tones = final.Tones,
            Thresholds = thresholds,
            FallbackThreshold = fallback,
            Settings = settings,
            ExampleTexts = showable.Select(i => comments[i].Text).ToList(),
            ExampleEmbeddings = showable.Select(i => embeddings[i]).ToList(),
            ExampleLabels = showable.Select(i => comments[i].Labels).ToList(),
            TrainingCount = comments.Count,
            CorrectionsCount = correctionsCount,
            Encode = encode,
        };
    }

    static ThemeModel Fit(List<string> ids, List<IReadOnlyList<string>> phrases, List<LabelledComment> comments, float[][] embeddings, List<int> rows, Settings settings, bool withTone)
    {
        var words = WordFeatures.Fit(rows.Select(i => comments[i].Text));
        var xs = rows.Select(i => new FeatureVector(embeddings[i], words.Transform(comments[i].Text))).ToList();
        var options = new LogisticRegression.Options(settings.Epochs, settings.LearningRate, settings.L2, settings.WordScale, settings.Seed, settings.EmbeddingScale);
        var themes = ids.Select((_, t) => LogisticRegression.Train(xs, rows.Select(i => comments[i].Labels[t]).ToList(), words.Idf.Length, options)).ToList();
        var tones = new List<LogisticRegression>();
        var toned = Enumerable.Range(0, rows.Count).Where(r => comments[rows[r]].Tone is not null).ToList();
        if (withTone && toned.Count > 0)
            foreach (var tone in new[] { Tone.Positive, Tone.Negative, Tone.Neutral })
                tones.Add(LogisticRegression.Train(toned.Select(r => xs[r]).ToList(), toned.Select(r => comments[rows[r]].Tone == tone).ToList(), words.Idf.Length, options));
        return new ThemeModel
        {
            TaxonomyVersion = "", ThemeIds = ids, Phrases = phrases, Words = words, Themes = themes, Tones = tones,
            Thresholds = ids.Select(_ => 0.5).ToArray(), FallbackThreshold = 2.0, Settings = settings,
            ExampleTexts = [], ExampleEmbeddings = [], ExampleLabels = [],
        };
    }

    static int[] Folds(int count, int folds, int seed)
    {
        var order = Enumerable.Range(0, count).ToArray();
        new Random(seed).Shuffle(order);
        var fold = new int[count];
        for (var i = 0; i < count; i++) fold[order[i]] = i % folds;
        return fold;
    }

    static readonly double[] Grid = Enumerable.Range(1, 18).Select(i => i * 0.05).ToArray();

    /// <summary>Per-theme thresholds (best F1 on the out-of-fold scores, shrunk towards the best shared one) and the fallback.</summary>
    internal static (double[] Thresholds, double Fallback) Tune(double[][] scores, bool[][] labels, double shrink)
    {
        var themes = labels[0].Length;
        var shared = Grid.MaxBy(g => MicroF1(scores, labels, Enumerable.Repeat(g, themes).ToArray(), 2.0));
        var thresholds = new double[themes];
        for (var t = 0; t < themes; t++)
        {
            var positives = labels.Count(l => l[t]);
            if (positives < 5) { thresholds[t] = shared; continue; }
            var best = Grid.MaxBy(g => F1(scores.Select(s => s[t] >= g).ToArray(), labels.Select(l => l[t]).ToArray()));
            thresholds[t] = shrink * shared + (1 - shrink) * best;
        }
        var fallback = new[] { 2.0 }.Concat(Grid).MaxBy(f => MicroF1(scores, labels, thresholds, f));
        return (thresholds, fallback);
    }

    static double MicroF1(double[][] scores, bool[][] labels, double[] thresholds, double fallback)
    {
        int tp = 0, fp = 0, fn = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            var chosen = Choose(scores[i], thresholds, fallback);
            for (var t = 0; t < thresholds.Length; t++)
            {
                if (chosen[t] && labels[i][t]) tp++;
                else if (chosen[t]) fp++;
                else if (labels[i][t]) fn++;
            }
        }
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    static bool[] Choose(double[] s, double[] thresholds, double fallback)
    {
        var chosen = s.Select((v, t) => v >= thresholds[t]).ToArray();
        if (!chosen.Any(c => c))
        {
            var best = Enumerable.Range(0, s.Length).MaxBy(t => s[t] - thresholds[t]);
            if (s[best] >= fallback) chosen[best] = true;
        }
        return chosen;
    }

    static double F1(bool[] predicted, bool[] actual)
    {
        int tp = 0, fp = 0, fn = 0;
        for (var i = 0; i < predicted.Length; i++)
        {
            if (predicted[i] && actual[i]) tp++;
            else if (predicted[i]) fp++;
            else if (actual[i]) fn++;
        }
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }
}
