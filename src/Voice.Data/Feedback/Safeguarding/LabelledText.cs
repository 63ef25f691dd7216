using CsvHelper;

namespace Voice.Data.Feedback.Safeguarding;

/// <summary>One labelled piece of text: a disclosure a person must read, or an ordinary comment.</summary>
public sealed record LabelledText(bool Disclosure, string Harm, string Text)
{
    public const string FlagLabel = "flag";
    public const string OkLabel = "ok";

    public string Label => Disclosure ? FlagLabel : OkLabel;

    /// <summary>
    /// Reads a labelled CSV (<c>label,harm,text</c> with a header; label is <c>flag</c> or <c>ok</c>),
    /// as used by content/themes/safeguarding-examples.csv and the fresh measurement sets.
    /// A bad line stops the load with the file name and line number.
    /// </summary>
    public static IReadOnlyList<LabelledText> LoadCsv(string path)
    {
        using var reader = new StreamReader(path);
        var options = CsvReaderOptions.Default with { Separator = ',', HasHeader = true, TrimWhitespace = true };
        using var csv = CsvReader.Create(reader, options);
        csv.ReadHeader();
        var columns = csv.Headers.Select(h => h.Trim().ToLowerInvariant()).ToList();
        int Column(string name) => columns.IndexOf(name) is var i and >= 0 ? i
            : throw new ContentValidationException(Path.GetFileName(path), "line 1", $"the first line must name the columns label,harm,text (no \"{name}\")");
        var (labelAt, harmAt, textAt) = (Column("label"), Column("harm"), Column("text"));
        var list = new List<LabelledText>();
        while (csv.Read())
        {
            var line = csv.RowNumber + 1;
            string Field(int i) => i < csv.FieldCount ? (csv.GetString(i) ?? "").Trim() : "";
            var label = Field(labelAt).ToLowerInvariant();
            var text = Field(textAt);
            if (label.Length == 0 && text.Length == 0) continue;
            if (label is not (FlagLabel or OkLabel))
                throw new ContentValidationException(Path.GetFileName(path), $"line {line}", $"label must be \"flag\" or \"ok\" (it is \"{label}\")");
            if (text.Length == 0)
                throw new ContentValidationException(Path.GetFileName(path), $"line {line}", "text is empty");
            list.Add(new LabelledText(label == FlagLabel, Field(harmAt), text));
        }
        return list;
    }
}

/// <summary>The harms labelled examples and fresh measurement sets cover (issue 13).</summary>
public static class SafeguardingHarms
{
    public static readonly IReadOnlyList<(string Id, string Label)> All =
    [
        ("physical", "Physical abuse"),
        ("sexual", "Sexual abuse"),
        ("emotional", "Emotional abuse"),
        ("neglect", "Neglect"),
        ("self-harm", "Self-harm"),
        ("suicidal", "Suicidal thoughts"),
        ("criminal-exploitation", "Criminal exploitation"),
        ("county-lines", "County lines"),
        ("sexual-exploitation", "Sexual exploitation"),
        ("online-grooming", "Online grooming"),
        ("domestic-abuse", "Domestic abuse"),
        ("forced-marriage", "Forced marriage"),
        ("fgm", "Female genital mutilation (FGM)"),
        ("radicalisation", "Radicalisation"),
        ("missing", "Going missing"),
        ("bullying", "Bullying"),
        ("other", "Other or not sure"),
    ];

    public static bool IsKnown(string? id) => All.Any(h => h.Id == id);

    public static string Label(string? id) => All.FirstOrDefault(h => h.Id == id).Label ?? id ?? "";
}
