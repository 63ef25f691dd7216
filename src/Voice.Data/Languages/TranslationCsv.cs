using System.Globalization;
using CsvHelper;

namespace Voice.Data.Languages;

/// <summary>One line of a translator's CSV.</summary>
public sealed record TranslationRow(
    string Key, string Language, string English, string SourceHash, string Translation,
    string Status, string ReviewedBy, string State);

/// <summary>A line of an import that cannot be used, by its line number in the file.</summary>
public sealed record ImportProblem(int Line, string Message);

/// <summary>One checked line of an import: its line number, key, language and what it translates to.</summary>
public sealed record ImportLine(int Line, string Key, string Language, Translation Translation);

public sealed record ImportResult(
    IReadOnlyList<(string Language, string Key, Translation Translation)> Changes,
    IReadOnlyList<ImportProblem> Problems,
    int Skipped)
{
    public bool Ok => Problems.Count == 0;

    /// <summary>Questionnaires to rewrite, one per questionnaire and language.</summary>
    public IReadOnlyList<QuestionnaireImport> Questionnaires { get; init; } = [];

    /// <summary>Local offer pages to write, one per page and language.</summary>
    public IReadOnlyList<PageImport> Pages { get; init; } = [];

    /// <summary>How many translations the file brings: catalog texts, questionnaire texts and pages.</summary>
    public int Count => Changes.Count + Questionnaires.Sum(q => q.Languages.Sum(l => l.Texts)) + Pages.Count;

    /// <summary>"3 Polish, 1 Urdu": how many translations each language gets.</summary>
    public string Summary =>
        string.Join(", ", Changes.Select(c => (c.Language, 1))
            .Concat(Questionnaires.SelectMany(q => q.Languages))
            .Concat(Pages.Select(p => (p.Language, 1)))
            .GroupBy(c => c.Item1).Select(g => $"{g.Sum(c => c.Item2)} {Language.NameOf(g.Key)}"));
}

/// <summary>
/// The translator's round trip: export what a language is missing, has in draft or needs to
/// review as CSV; import it back. An import with any problem changes nothing.
/// </summary>
public static class TranslationCsv
{
    public static readonly string[] Columns = ["key", "language", "english", "source_hash", "translation", "status", "reviewed_by", "state"];
    public const int MaxRows = 20000;

    /// <summary>Every text of <paramref name="language"/> that is not reviewed against the English as it is now.</summary>
    public static IReadOnlyList<TranslationRow> ToDo(TranslationCatalog catalog, string language) =>
        catalog.English.Keys
            .Select(key => (key, state: catalog.StateOf(language, key)))
            .Where(k => k.state != TranslationState.Reviewed)
            .Select(k =>
            {
                var t = catalog.Find(language, k.key);
                return new TranslationRow(k.key, language, catalog.English[k.key], TranslationText.Hash(catalog.English[k.key]),
                    t?.Text ?? "", t is null ? "" : "draft", "", StateName(k.state));
            })
            .ToList();

    public static string StateName(TranslationState state) => state switch
    {
        TranslationState.NeedsReview => "needs review",
        _ => state.ToString().ToLowerInvariant(),
    };

    public static void Write(TextWriter writer, IEnumerable<TranslationRow> rows)
    {
        var options = CsvWriterOptions.Default with { NewLine = "\n", FormatProvider = CultureInfo.InvariantCulture };
        using var csv = CsvWriter.Create(writer, options, leaveOpen: true);
        csv.WriteHeader(Columns);
        foreach (var r in rows)
        {
            foreach (var field in new[] { r.Key, r.Language, r.English, r.SourceHash, r.Translation, r.Status, r.ReviewedBy, r.State })
                csv.WriteField(field, CsvQuoting.Always);
            csv.EndRecord();
        }
    }

    /// <summary>Every text of <paramref name="language"/> not reviewed: catalog texts, then questionnaires' texts, then local offer pages.</summary>
    public static IReadOnlyList<TranslationRow> ToDo(TranslationSources sources, string language) =>
        [.. ToDo(sources.Catalog, language),
         .. sources.Questionnaires is { } q ? QuestionnaireCsv.ToDo(q, language) : [],
         .. sources.Offer is { } o ? OfferCsv.ToDo(o, language) : []];

    public static ImportResult Read(TextReader reader, TranslationCatalog catalog, DateOnly today) =>
        Read(reader, new TranslationSources(catalog), today);

    /// <summary>
    /// Reads an import. A line with an empty translation is skipped (not yet done). A reviewed
    /// line is recorded as reviewed by its reviewed_by on <paramref name="today"/>. Questionnaire
    /// and page lines are checked line by line with the same rules, then as a whole file each
    /// (<see cref="QuestionnaireCsv"/>, <see cref="OfferCsv"/>).
    /// </summary>
    public static ImportResult Read(TextReader reader, TranslationSources sources, DateOnly today)
    {
        var problems = new List<ImportProblem>();
        var lines = new List<ImportLine>();
        var seen = new HashSet<(string, string)>();
        var skipped = 0;
        var malformed = new HashSet<long>();
        var options = UploadedCsv.Options(malformed);
        using var csv = CsvReader.Create(reader, options, leaveOpen: true);
        csv.ReadHeader();
        var header = csv.Headers;
        if (header.Count == 0 || header.All(string.IsNullOrWhiteSpace))
            return new ImportResult([], [new ImportProblem(1, "The file is empty")], 0);
        var index = Columns.ToDictionary(c => c, c => header.ToList().FindIndex(h => h.Trim().Equals(c, StringComparison.OrdinalIgnoreCase)));
        var absent = index.Where(i => i.Value < 0 && i.Key != "state").Select(i => i.Key).ToList();
        if (absent.Count > 0)
            return new ImportResult([], [new ImportProblem(1, "The first line must name the columns; missing: " + string.Join(", ", absent))], 0);
        var count = 0;
        while (csv.Read())
        {
            var record = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetString(i) ?? "").ToArray();
            if (record.All(string.IsNullOrWhiteSpace)) continue;
            var line = (int)csv.RowNumber + 1;
            if (++count > MaxRows) { problems.Add(new ImportProblem(line, $"The file must have {MaxRows} lines or fewer")); break; }
            if (malformed.Contains(line)) { problems.Add(new ImportProblem(line, "The line has a stray quote mark; check the quotes in it")); continue; }
            string Field(string name) => index[name] >= 0 && index[name] < record.Length ? record[index[name]].Trim() : "";
            var problem = Check(sources, line, Field("key"), Field("language"), Field("source_hash"), Field("translation"), Field("status"), Field("reviewed_by"), today, out var parsed);
            if (problem is not null) problems.Add(new ImportProblem(line, problem));
            else if (parsed is null) skipped++;
            else if (!seen.Add((parsed.Language, parsed.Key)))
                problems.Add(new ImportProblem(line, $"\"{parsed.Key}\" in {Language.NameOf(parsed.Language)} is on more than one line"));
            else lines.Add(parsed);
        }
        var questionnaires = QuestionnaireCsv.Build(sources, lines.Where(l => l.Key.StartsWith(QuestionnaireCsv.Prefix, StringComparison.Ordinal)).ToList(), problems);
        var pages = OfferCsv.Build(sources, lines.Where(l => l.Key.StartsWith(OfferCsv.Prefix, StringComparison.Ordinal)).ToList(), problems);
        var changes = lines.Where(l => sources.Catalog.HasKey(l.Key)).Select(l => (l.Language, l.Key, l.Translation)).ToList();
        var ok = problems.Count == 0;
        return new ImportResult(ok ? changes : [], problems.OrderBy(p => p.Line).ToList(), skipped)
        {
            Questionnaires = ok ? questionnaires : [],
            Pages = ok ? pages : [],
        };
    }

    static string? Check(TranslationSources sources, int line, string key, string language, string hash, string text, string status,
        string reviewedBy, DateOnly today, out ImportLine? parsed)
    {
        parsed = null;
        var (english, fingerprint, max) = sources.Catalog.English.TryGetValue(key, out var e) ? (e, TranslationText.Hash(e), TranslationFiles.TextMax)
            : QuestionnaireCsv.Find(sources, key) is { } q ? (q.Text.En, q.Definition.Translations.Fingerprint, TranslationFiles.TextMax)
            : OfferCsv.Find(sources, key) is { } page ? (page.Source, page.SourceHash, OfferCsv.TextMax)
            : default;
        if (english is null) return $"\"{Short(key)}\" is not the key of any English text";
        var lang = Language.Find(language);
        if (lang is null || lang.Code == Language.EnglishCode)
            return $"\"{Short(language)}\" is not a language texts are translated into ({string.Join(", ", Language.Translated.Select(l => l.Code))})";
        if (text.Length == 0) return null;
        if (hash != fingerprint)
            return $"The English for \"{key}\" has changed since this file was exported: export again and translate the new English";
        if (text.Length > max) return $"The translation of \"{key}\" must be {max} characters or fewer";
        if (!TranslationText.SamePlaceholders(english, text))
            return $"The translation of \"{key}\" must keep {string.Join(" ", TranslationText.Placeholders(english))} where the English has them";
        var parsedStatus = status.ToLowerInvariant() switch
        {
            "draft" or "" => TranslationStatus.Draft,
            "reviewed" => TranslationStatus.Reviewed,
            _ => (TranslationStatus?)null,
        };
        if (parsedStatus is null) return $"The status of \"{key}\" must be draft or reviewed";
        if (parsedStatus == TranslationStatus.Reviewed && reviewedBy.Length == 0) return $"Enter who reviewed \"{key}\" in reviewed_by";
        if (reviewedBy.Length > TranslationFiles.ReviewerMax) return $"reviewed_by must be {TranslationFiles.ReviewerMax} characters or fewer";
        parsed = new ImportLine(line, key, lang.Code, parsedStatus == TranslationStatus.Reviewed
            ? new Translation(text, TranslationStatus.Reviewed, hash, reviewedBy, today)
            : new Translation(text, TranslationStatus.Draft, hash));
        return null;
    }

    static string Short(string s) => s.Length > 60 ? s[..60] + "…" : s;
}
