using Voice.Data.Analytics.Themes;
using Voice.Web.Infrastructure.Jobs;

namespace Voice.Web.Infrastructure.Themes;

/// <summary>
/// The app's <see cref="IThemeTagger"/>: one trained model per process, swapped when the
/// retrain job finishes. Models are cached on disk under the data folder, named by taxonomy
/// version, examples file and number of corrections; <c>current.txt</c> there names the one in
/// use, so a restart loads it instead of training. The first tagging with no model on disk
/// trains one from the content (tens of seconds) and caches it.
/// </summary>
public sealed class ThemeTaggerService(VoicePaths paths, ILogger<ThemeTaggerService> log) : IThemeTagger
{
    readonly Lock gate = new();
    volatile ThemeModel? model;

    /// <summary>The content taxonomy, checked when the app starts (a bad file stops it, naming the field).</summary>
    public Taxonomy ContentTaxonomy { get; } = TaxonomyReader.Load(paths.Content);

    public string Folder => Path.Combine(paths.Data, "themes");

    public ThemeModel Model
    {
        get
        {
            if (model is { } m) return m;
            lock (gate)
            {
                return model ??= LoadCurrent() ?? TrainAndSave(ContentTaxonomy, [], null);
            }
        }
    }

    public ThemeTagging Tag(string text) => Model.Tag(text);

    public IReadOnlyList<ThemeTagging> Tag(IReadOnlyList<string> texts) => Model.Tag(texts);

    /// <summary>
    /// Retrains from the current taxonomy (QA's newest version or the file), the content
    /// examples and every QA correction, unless a model for exactly those is already cached.
    /// <paramref name="force"/> trains even then (the <c>themes train</c> command). Returns the model file's path.
    /// </summary>
    public async Task<string> RetrainAsync(IServiceProvider services, string? outPath, bool force, CancellationToken ct)
    {
        var store = services.GetRequiredService<ThemeStore>();
        var taxonomy = await store.CurrentTaxonomyAsync(ContentTaxonomy, ct);
        var count = await store.CorrectionsCountAsync(ct);
        var path = outPath ?? Path.Combine(Folder, FileName(taxonomy, count));
        if (!force && outPath is null && File.Exists(path))
        {
            if (model?.TaxonomyVersion != taxonomy.Version || model.CorrectionsCount != count) Swap(ThemeModelFile.Load(path), path);
            return path;
        }
        // Nothing QA changed: the content-only model is trained on first use (or by `themes train`),
        // so the job never holds the job host up for it.
        if (!force && outPath is null && count == 0 && taxonomy.Version == ContentTaxonomy.Version) return path;
        var corrections = await store.CorrectionsAsync(ct);
        await Task.Run(() => TrainAndSave(taxonomy, corrections, outPath), ct);
        return path;
    }

    string FileName(Taxonomy taxonomy, int corrections)
    {
        var examples = Path.Combine(paths.Content, "themes", ThemeContent.ExamplesFile);
        var examplesVersion = File.Exists(examples) ? Voice.Data.Feedback.ContentJson.Version(File.ReadAllBytes(examples))[..8] : "none";
        return ThemeModelFile.FileName($"{taxonomy.Version}-{examplesVersion}", corrections);
    }

    ThemeModel? LoadCurrent()
    {
        var pointer = Path.Combine(Folder, "current.txt");
        if (!File.Exists(pointer)) return null;
        var path = Path.Combine(Folder, File.ReadAllText(pointer).Trim());
        try
        {
            return File.Exists(path) ? ThemeModelFile.Load(path) : null;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or System.Text.Json.JsonException)
        {
            log.LogWarning(e, "Could not load the themes model {Path}; training a new one", path);
            return null;
        }
    }

    ThemeModel TrainAndSave(Taxonomy taxonomy, IReadOnlyList<(string, IReadOnlyCollection<string>, Tone?)> corrections, string? outPath)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var trained = ThemeContent.Train(paths.Content, corrections, taxonomy);
        var path = outPath ?? Path.Combine(Folder, FileName(taxonomy, corrections.Count));
        ThemeModelFile.Save(trained, path);
        if (outPath is null || Path.GetDirectoryName(Path.GetFullPath(outPath)) == Path.GetFullPath(Folder))
            Swap(trained, path);
        log.LogInformation("Trained the themes model for taxonomy {Version} with {Corrections} corrections in {Seconds:F0} s", taxonomy.Version, corrections.Count, watch.Elapsed.TotalSeconds);
        return trained;
    }

    void Swap(ThemeModel next, string path)
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllText(Path.Combine(Folder, "current.txt"), Path.GetFileName(path));
        model = next;
    }
}

/// <summary>Retrains the themes model when QA has saved a taxonomy version or a correction since the last model.</summary>
public sealed class ThemeRetrainJob(ThemeTaggerService themes) : IBackgroundJob
{
    public string Name => "themes-retrain";
    public TimeSpan Interval => TimeSpan.FromMinutes(30);
    public TimeSpan LeaseDuration => TimeSpan.FromMinutes(20);
    public Task RunAsync(IServiceProvider services, CancellationToken ct) => themes.RetrainAsync(services, null, force: false, ct);
}
