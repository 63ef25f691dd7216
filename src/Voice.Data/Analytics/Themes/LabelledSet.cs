using CsvHelper;

namespace Voice.Data.Analytics.Themes;

/// <summary>
/// One labelled comment: its text, which themes apply (in the set's theme order), its tone when
/// known, and whether it may be shown as a "nearest example" (shipped examples may; QA
/// corrections are real comments and may not).
/// </summary>
public sealed record LabelledComment(string Text, bool[] Labels, Tone? Tone, bool Showable = true);

/// <summary>Labelled comments under one list of theme ids.</summary>
public sealed record LabelledSet(IReadOnlyList<string> ThemeIds, IReadOnlyList<LabelledComment> Comments)
{
    /// <summary>
    /// Reads a CSV with a <c>text</c> column, one 0/1 column per theme id (the header defines the
    /// taxonomy) and optionally a <c>tone</c> column (positive, negative or neutral). Any other
    /// column whose values are not all 0/1 is ignored. Problems name the file, row and column.
    /// </summary>
    public static LabelledSet ReadCsv(string file, TextReader reader)
    {
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            HasHeader = true,
            TrimWhitespace = true,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
        };
        using var csv = CsvReader.Create(reader, options, leaveOpen: true);
        csv.ReadHeader();
        var header = csv.Headers.ToArray();
        if (header.Length == 0 || header.All(string.IsNullOrWhiteSpace)) throw new FormatException($"{file}: the file is empty (it needs a header row)");
        var textColumn = Array.FindIndex(header, h => h.Trim().Equals("text", StringComparison.OrdinalIgnoreCase));
        if (textColumn < 0) throw new FormatException($"{file}: row 1: there is no \"text\" column");
        var toneColumn = Array.FindIndex(header, h => h.Trim().Equals("tone", StringComparison.OrdinalIgnoreCase));
        var rows = new List<string[]>();
        while (csv.Read()) rows.Add(Enumerable.Range(0, header.Length).Select(i => i < csv.FieldCount ? (csv.GetString(i) ?? "").Trim() : "").ToArray());

        var themeColumns = Enumerable.Range(0, header.Length)
            .Where(i => i != textColumn && i != toneColumn && header[i].Length > 0 && rows.All(r => r[i] is "0" or "1" or ""))
            .ToArray();
        if (themeColumns.Length == 0) throw new FormatException($"{file}: row 1: no theme columns (a theme column holds only 0 and 1)");

        var comments = new List<LabelledComment>();
        for (var r = 0; r < rows.Count; r++)
        {
            var text = rows[r][textColumn];
            if (string.IsNullOrWhiteSpace(text)) continue;
            Tone? tone = null;
            if (toneColumn >= 0 && rows[r][toneColumn].Length > 0)
                tone = Enum.TryParse<Tone>(rows[r][toneColumn], ignoreCase: true, out var t) ? t
                    : throw new FormatException($"{file}: row {r + 2}: column \"tone\": \"{rows[r][toneColumn]}\" is not positive, negative or neutral");
            comments.Add(new LabelledComment(text, themeColumns.Select(c => rows[r][c] == "1").ToArray(), tone));
        }
        return new LabelledSet(themeColumns.Select(c => header[c].Trim()).ToList(), comments);
    }

    public static LabelledSet ReadCsv(string path)
    {
        using var reader = new StreamReader(path);
        return ReadCsv(Path.GetFileName(path), reader);
    }

    /// <summary>This set's comments relabelled onto <paramref name="ids"/> (themes it lacks are 0).</summary>
    public LabelledSet Under(IReadOnlyList<string> ids)
    {
        var map = ids.Select(id => ThemeIds.ToList().IndexOf(id)).ToArray();
        return new LabelledSet(ids, Comments.Select(c => c with { Labels = map.Select(m => m >= 0 && c.Labels[m]).ToArray() }).ToList());
    }
}
