using System.Text.Json;
using Voice.Data.Analytics.Themes;
using Voice.Data.Feedback;
using Voice.Data.Text.Embeddings;
using Voice.Web.Infrastructure.Themes;

namespace Voice.Web;

/// <summary>
/// <c>themes tag</c>, <c>themes evaluate --train A.csv --test B.csv</c> and <c>themes train</c>:
/// the themes engine from the command line, with no web server. Only <c>train</c> reads the
/// database (for QA corrections); the others need only the content folder.
/// </summary>
public static class ThemesCommand
{
    const string Usage = "Usage: themes tag [--model FILE] < lines.txt | themes evaluate --train A.csv --test B.csv [--set Name=value] | themes train [--out FILE]";

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        try
        {
            switch (args.FirstOrDefault())
            {
                case "tag": return Tag(args[1..], input, output, error);
                case "evaluate": return Evaluate(args[1..], output, error);
                case "train": return await TrainAsync(args[1..], output, error);
                default:
                    error.WriteLine(Usage);
                    return 2;
            }
        }
        catch (Exception e) when (e is ContentValidationException or FormatException or FileNotFoundException or InvalidDataException)
        {
            error.WriteLine(e.Message);
            return 1;
        }
    }

    static string? Option(string[] args, string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();

    static string ContentRoot(string[] args)
    {
        var config = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(args.Where(a => a.StartsWith("--Voice", StringComparison.Ordinal)).ToArray()).Build();
        return Infrastructure.ContentLocator.Find(Directory.GetCurrentDirectory(), config["Voice:ContentPath"]);
    }

    /// <summary>Tags each line of <paramref name="input"/>: one JSON object per line.</summary>
    static int Tag(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        var modelPath = Option(args, "--model");
        ThemeModel model;
        if (modelPath is not null) model = ThemeModelFile.Load(modelPath);
        else
        {
            var content = ContentRoot(args);
            error.WriteLine("No --model given: training from the content examples (about half a minute).");
            model = ThemeContent.Train(content, []);
        }
        var lines = new List<string>();
        string? line;
        while ((line = input.ReadLine()) is not null)
        {
            lines.Add(line);
            if (lines.Count == 64) Flush();
        }
        Flush();
        output.Flush();
        return 0;

        void Flush()
        {
            foreach (var tagging in model.Tag(lines)) output.WriteLine(ThemeJson.Line(tagging));
            lines.Clear();
        }
    }

    /// <summary>
    /// Trains on one labelled CSV and scores another. The taxonomy is the training file's header;
    /// when its ids are exactly the content taxonomy's, that taxonomy's phrases and examples
    /// are used too, as in the app.
    /// </summary>
    public static int Evaluate(string[] args, TextWriter output, TextWriter error)
    {
        var trainPath = Option(args, "--train");
        var testPath = Option(args, "--test");
        if (trainPath is null || testPath is null)
        {
            error.WriteLine(Usage);
            return 2;
        }
        var train = LabelledSet.ReadCsv(trainPath);
        var test = LabelledSet.ReadCsv(testPath);
        var taxonomy = Taxonomy.FromIds(train.ThemeIds, "csv");
        var contentTaxonomy = Path.Combine(ContentRoot(args), "themes", TaxonomyReader.FileName);
        if (File.Exists(contentTaxonomy))
        {
            var content = TaxonomyReader.Read(TaxonomyReader.FileName, File.ReadAllBytes(contentTaxonomy));
            if (content.Ids.SequenceEqual(train.ThemeIds)) taxonomy = content;
        }
        var missing = train.ThemeIds.Except(test.ThemeIds).ToList();
        if (missing.Count > 0) error.WriteLine($"{Path.GetFileName(testPath)} has no column for: {string.Join(", ", missing)} (counted as 0)");
        error.WriteLine($"Training on {train.Comments.Count} comments, {taxonomy.Themes.Count} themes (taxonomy {taxonomy.Version}); testing on {test.Comments.Count}.");
        var sets = args.Select((a, i) => (a, i)).Where(p => p.a == "--set" && p.i + 1 < args.Length).Select(p => args[p.i + 1]);
        var model = ThemeTrainer.Train(taxonomy, train, SentenceEncoder.Shared.Encode, new ThemeTrainer.Settings().With(sets));
        var result = ThemeEvaluation.Run(model, test);
        var width = Math.Max(5, result.Themes.Max(t => t.ThemeId.Length));
        output.WriteLine($"{"theme".PadRight(width)}  precision  recall     f1  support");
        foreach (var s in result.Themes)
            output.WriteLine($"{s.ThemeId.PadRight(width)}  {s.Precision,9:F3}  {s.Recall,6:F3}  {s.F1,5:F3}  {s.Support,7}");
        if (result.ToneAccuracy is { } tone) output.WriteLine($"tone accuracy {tone:F3}");
        output.WriteLine(JsonSerializer.Serialize(new { microF1 = Math.Round(result.MicroF1, 4), macroF1 = Math.Round(result.MacroF1, 4) }));
        output.Flush();
        return 0;
    }

    static async Task<int> TrainAsync(string[] args, TextWriter output, TextWriter error)
    {
        var app = VoiceApp.Create(args.Where(a => a.StartsWith("--Voice", StringComparison.Ordinal)).ToArray(), b => b.Configuration["Voice:Jobs:Enabled"] = "false");
        using var scope = app.Services.CreateScope();
        var themes = scope.ServiceProvider.GetRequiredService<ThemeTaggerService>();
        var path = await themes.RetrainAsync(scope.ServiceProvider, Option(args, "--out"), force: true, CancellationToken.None);
        output.WriteLine($"Model written to {path}");
        return 0;
    }
}
