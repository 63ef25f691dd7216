using Voice.Data.Text.Classification;
using System.IO.Compression;
using System.Text.Json;

namespace Voice.Data.Analytics.Themes;

/// <summary>
/// Saves and loads a trained <see cref="ThemeModel"/> (gzip-compressed JSON). A model is cached
/// per taxonomy version and number of QA corrections: <see cref="FileName"/> names both, so a
/// new taxonomy version or a new correction means a model is trained afresh.
/// </summary>
public static class ThemeModelFile
{
    public static string FileName(string taxonomyVersion, int correctionsCount) =>
        $"themes-model-{taxonomyVersion}-c{correctionsCount}.json.gz";

    sealed record Classifier(float[] E, float[] W, float B);

    sealed record Dto(
        string TaxonomyVersion, List<string> ThemeIds, List<List<string>> Phrases,
        List<string> Terms, float[] Idf, List<Classifier> Themes, List<Classifier> Tones,
        double[] Thresholds, double FallbackThreshold, ThemeTrainer.Settings Settings,
        List<string> ExampleTexts, List<float[]> ExampleEmbeddings, List<bool[]> ExampleLabels,
        int TrainingCount, int CorrectionsCount);

    public static void Save(ThemeModel model, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var terms = model.Words.Vocabulary.OrderBy(p => p.Value).Select(p => p.Key).ToList();
        static Classifier C(LogisticRegression r) => new(r.EmbeddingWeights, r.WordWeights, r.Bias);
        var dto = new Dto(model.TaxonomyVersion, model.ThemeIds.ToList(), model.Phrases.Select(p => p.ToList()).ToList(),
            terms, model.Words.Idf, model.Themes.Select(C).ToList(), model.Tones.Select(C).ToList(),
            model.Thresholds, model.FallbackThreshold, model.Settings,
            model.ExampleTexts.ToList(), model.ExampleEmbeddings.ToList(), model.ExampleLabels.ToList(),
            model.TrainingCount, model.CorrectionsCount);
        // Write beside and move, so a reader never sees half a file.
        var temporary = path + ".tmp";
        using (var file = File.Create(temporary))
        using (var zip = new GZipStream(file, CompressionLevel.Optimal))
            JsonSerializer.Serialize(zip, dto);
        File.Move(temporary, path, overwrite: true);
    }

    public static ThemeModel Load(string path)
    {
        using var file = File.OpenRead(path);
        using var zip = new GZipStream(file, CompressionMode.Decompress);
        var dto = JsonSerializer.Deserialize<Dto>(zip) ?? throw new InvalidDataException($"{path} is not a themes model");
        static LogisticRegression R(Classifier c) => new() { EmbeddingWeights = c.E, WordWeights = c.W, Bias = c.B };
        return new ThemeModel
        {
            TaxonomyVersion = dto.TaxonomyVersion,
            ThemeIds = dto.ThemeIds,
            Phrases = dto.Phrases,
            Words = new WordFeatures(dto.Terms.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i), dto.Idf),
            Themes = dto.Themes.Select(R).ToList(),
            Tones = dto.Tones.Select(R).ToList(),
            Thresholds = dto.Thresholds,
            FallbackThreshold = dto.FallbackThreshold,
            Settings = dto.Settings,
            ExampleTexts = dto.ExampleTexts,
            ExampleEmbeddings = dto.ExampleEmbeddings,
            ExampleLabels = dto.ExampleLabels,
            TrainingCount = dto.TrainingCount,
            CorrectionsCount = dto.CorrectionsCount,
        };
    }
}
