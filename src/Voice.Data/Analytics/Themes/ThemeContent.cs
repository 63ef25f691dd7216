namespace Voice.Data.Analytics.Themes;

/// <summary>
/// The app's training data: <c>content/themes/taxonomy.json</c>, <c>content/themes/examples.csv</c>
/// and QA corrections, trained with <see cref="ThemeTrainer"/>. Also checks the content at
/// start-up, like questionnaires.
/// </summary>
public static class ThemeContent
{
    public const string ExamplesFile = "examples.csv";

    public static LabelledSet Examples(string contentRoot, Taxonomy taxonomy)
    {
        var path = Path.Combine(contentRoot, "themes", ExamplesFile);
        if (!File.Exists(path)) return new LabelledSet(taxonomy.Ids.ToList(), []);
        var set = LabelledSet.ReadCsv(path);
        return set.Under(taxonomy.Ids.ToList());
    }

    /// <summary>Corrections as training examples: never shown as a "nearest example" (they are real comments).</summary>
    public static IEnumerable<LabelledComment> AsExamples(Taxonomy taxonomy, IEnumerable<(string Text, IReadOnlyCollection<string> Themes, Tone? Tone)> corrections)
    {
        var ids = taxonomy.Ids.ToList();
        return corrections.Select(c => new LabelledComment(c.Text, ids.Select(c.Themes.Contains).ToArray(), c.Tone, Showable: false));
    }

    /// <summary>Trains on the content taxonomy and examples plus <paramref name="corrections"/>.</summary>
    public static ThemeModel Train(string contentRoot, IReadOnlyList<(string Text, IReadOnlyCollection<string> Themes, Tone? Tone)> corrections, Taxonomy? taxonomy = null)
    {
        taxonomy ??= TaxonomyReader.Load(contentRoot);
        var examples = Examples(contentRoot, taxonomy);
        var data = new LabelledSet(examples.ThemeIds, [.. examples.Comments, .. AsExamples(taxonomy, corrections)]);
        return ThemeTrainer.Train(taxonomy, data, Text.Embeddings.SentenceEncoder.Shared.Encode, correctionsCount: corrections.Count);
    }
}
