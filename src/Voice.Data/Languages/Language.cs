using System.Globalization;

namespace Voice.Data.Languages;

/// <summary>A language the public pages are offered in. English is the source of every text.</summary>
public sealed record Language(string Code, string EnglishName, string NativeName, bool RightToLeft)
{
    public const string EnglishCode = "en";

    /// <summary>English first, then the city's community languages (issue 15).</summary>
    public static IReadOnlyList<Language> All { get; } =
    [
        new("en", "English", "English", false),
        new("pl", "Polish", "Polski", false),
        new("lt", "Lithuanian", "Lietuvių", false),
        new("ro", "Romanian", "Română", false),
        new("pt", "Portuguese", "Português", false),
        new("ur", "Urdu", "اردو", true),
        new("ar", "Arabic", "العربية", true),
    ];

    public static IEnumerable<Language> Translated => All.Where(l => l.Code != EnglishCode);

    public static Language English => All[0];

    /// <summary>The supported language with this code (case-insensitive), or null.</summary>
    public static Language? Find(string? code) =>
        code is null ? null : All.FirstOrDefault(l => l.Code.Equals(code.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The language's English name for staff ("Polish"), or the code itself when not supported.</summary>
    public static string NameOf(string? code) => Find(code)?.EnglishName ?? code ?? EnglishCode;

    public string Direction => RightToLeft ? "rtl" : "ltr";

    /// <summary>
    /// A date written in this language ("środa 2 grudnia 2026"; English as in England), always on
    /// the Gregorian calendar, as the council's deadlines are.
    /// </summary>
    public string FormatDate(DateOnly date, string format)
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo(Code == EnglishCode ? "en-GB" : Code).Clone();
        if (culture.DateTimeFormat.Calendar is not GregorianCalendar)
            culture.DateTimeFormat.Calendar = culture.OptionalCalendars.OfType<GregorianCalendar>().FirstOrDefault() ?? new GregorianCalendar();
        return date.ToString(format, culture);
    }
}
