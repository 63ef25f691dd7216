using Microsoft.EntityFrameworkCore;
using Voice.Data.Feedback;

namespace Voice.Data.Analytics.Themes;

/// <summary>
/// What QA changes about themes, kept in the database: taxonomy versions, corrections to a
/// comment's themes, and decisions on emerging phrases. The QA pages call this; the retrain
/// job reads it.
/// </summary>
public class ThemeStore(VoiceDbContext db, TimeProvider clock)
{
    public const int MaxText = 4000;
    public const string SavedInApp = "taxonomy (saved in the app)";

    /// <summary>The newest taxonomy QA saved, or <paramref name="content"/> (the file) when there is none.</summary>
    public async Task<Taxonomy> CurrentTaxonomyAsync(Taxonomy content, CancellationToken ct = default)
    {
        var latest = await db.Set<ThemeTaxonomyVersion>().OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
        return latest is null ? content : TaxonomyReader.Read(SavedInApp, latest.Json);
    }

    /// <summary>
    /// Saves an edited taxonomy as a new version. The JSON is checked as the content file is;
    /// a <see cref="ContentValidationException"/> names the field at fault and nothing is saved.
    /// </summary>
    public async Task<Taxonomy> SaveTaxonomyAsync(string json, string savedBy, string? note, CancellationToken ct = default)
    {
        var taxonomy = TaxonomyReader.Read(SavedInApp, json);
        var number = (await db.Set<ThemeTaxonomyVersion>().MaxAsync(v => (int?)v.Number, ct) ?? 0) + 1;
        db.Add(new ThemeTaxonomyVersion
        {
            Number = number, Version = taxonomy.Version, Json = json, SavedAt = Now, SavedBy = savedBy,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
        });
        await db.SaveChangesAsync(ct);
        return taxonomy;
    }

    /// <summary>Records QA's themes for a comment. Unknown theme ids are refused.</summary>
    public async Task<ThemeCorrection> CorrectAsync(Taxonomy taxonomy, string text, IEnumerable<string> themes, Tone? tone, string? sourceKey, string correctedBy, CancellationToken ct = default)
    {
        var ids = themes.Distinct().ToList();
        var unknown = ids.Except(taxonomy.Ids).ToList();
        if (unknown.Count > 0) throw new ArgumentException($"Not a theme in taxonomy {taxonomy.Version}: {string.Join(", ", unknown)}", nameof(themes));
        if (string.IsNullOrWhiteSpace(text)) throw new ArgumentException("The comment is empty", nameof(text));
        var correction = new ThemeCorrection
        {
            Text = text.Length > MaxText ? text[..MaxText] : text,
            Themes = string.Join(",", ids),
            Tone = tone?.ToString().ToLowerInvariant(),
            TaxonomyVersion = taxonomy.Version,
            SourceKey = sourceKey,
            CorrectedAt = Now,
            CorrectedBy = correctedBy,
        };
        db.Add(correction);
        await db.SaveChangesAsync(ct);
        return correction;
    }

    /// <summary>Every correction as a training example; a later correction of the same item wins.</summary>
    public async Task<List<(string Text, IReadOnlyCollection<string> Themes, Tone? Tone)>> CorrectionsAsync(CancellationToken ct = default)
    {
        var rows = await db.Set<ThemeCorrection>().OrderBy(c => c.Id).ToListAsync(ct);
        var latest = rows.GroupBy(r => r.SourceKey ?? $"#{r.Id}").Select(g => g.Last());
        return latest.Select(r => (r.Text, (IReadOnlyCollection<string>)r.Themes.Split(',', StringSplitOptions.RemoveEmptyEntries),
            Enum.TryParse<Tone>(r.Tone, true, out var t) ? t : (Tone?)null)).ToList();
    }

    public Task<int> CorrectionsCountAsync(CancellationToken ct = default) => db.Set<ThemeCorrection>().CountAsync(ct);

    /// <summary>
    /// Accepts an emerging phrase into a theme (a new taxonomy version with the phrase added) or
    /// dismisses it; either way it is not suggested again.
    /// </summary>
    public async Task DecidePhraseAsync(Taxonomy current, string phrase, string? acceptIntoThemeId, string decidedBy, CancellationToken ct = default)
    {
        phrase = phrase.Trim().ToLowerInvariant();
        if (phrase.Length is 0 or > 100) throw new ArgumentException("A phrase is 1 to 100 characters", nameof(phrase));
        if (acceptIntoThemeId is not null)
        {
            var theme = current.Find(acceptIntoThemeId) ?? throw new ArgumentException($"No theme {acceptIntoThemeId}", nameof(acceptIntoThemeId));
            var themes = current.Themes.Select(t => t.Id == theme.Id && !t.Phrases.Contains(phrase, StringComparer.OrdinalIgnoreCase)
                ? t with { Phrases = [.. t.Phrases, phrase] } : t);
            await SaveTaxonomyAsync(TaxonomyReader.Write(ExplicitVersion(current), themes), decidedBy, $"Added \"{phrase}\" to {theme.Name}", ct);
        }
        var existing = await db.Set<EmergingPhraseDecision>().SingleOrDefaultAsync(d => d.Phrase == phrase, ct);
        if (existing is null) db.Add(existing = new EmergingPhraseDecision { Phrase = phrase });
        existing.Decision = acceptIntoThemeId is null ? "dismissed" : "accepted";
        existing.ThemeId = acceptIntoThemeId;
        existing.DecidedAt = Now;
        existing.DecidedBy = decidedBy;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Phrases already accepted or dismissed, which are not suggested again.</summary>
    public async Task<HashSet<string>> DecidedPhrasesAsync(CancellationToken ct = default) =>
        (await db.Set<EmergingPhraseDecision>().Select(d => d.Phrase).ToListAsync(ct)).ToHashSet();

    /// <summary>The version label without its content hash ("starter-1-abc…" → "starter-1").</summary>
    public static string ExplicitVersion(Taxonomy taxonomy)
    {
        var dash = taxonomy.Version.LastIndexOf('-');
        return dash > 0 ? taxonomy.Version[..dash] : taxonomy.Version;
    }

    DateTime Now => clock.GetUtcNow().UtcDateTime;
}
