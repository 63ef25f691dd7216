namespace Voice.Data.Languages;

/// <summary>
/// The plural forms (CLDR categories, as the browser's <c>Intl.PluralRules</c> names them) each
/// language needs for whole-number counts such as "You have 20 characters remaining". GOV.UK
/// Frontend picks one of these for a count; a language given only "one" and "other" would read
/// wrongly in Polish ("5 znaki") or Arabic.
/// </summary>
public static class PluralForms
{
    static readonly Dictionary<string, string[]> ByLanguage = new()
    {
        ["en"] = ["one", "other"],
        // 1 znak, 2–4 znaki, 5–21 znaków, fractions "other".
        ["pl"] = ["one", "few", "many", "other"],
        // 1, 21 simbolis; 2–9 simboliai; 10–20 simbolių; fractions "many".
        ["lt"] = ["one", "few", "many", "other"],
        // 1 caracter; 0, 2–19 caractere; 20 and more "de caractere".
        ["ro"] = ["one", "few", "other"],
        // 0–1 singular; millions "many".
        ["pt"] = ["one", "many", "other"],
        ["ur"] = ["one", "other"],
        // 0, 1, 2, 3–10, 11–99 and 100 or more each read differently.
        ["ar"] = ["zero", "one", "two", "few", "many", "other"],
    };

    /// <summary>The forms <paramref name="language"/> needs ("other" always last); English's for an unknown language.</summary>
    public static IReadOnlyList<string> Of(string language) =>
        ByLanguage.TryGetValue(language, out var forms) ? forms : ByLanguage[Language.EnglishCode];
}
