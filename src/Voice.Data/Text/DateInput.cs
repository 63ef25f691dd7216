using System.Globalization;

namespace Voice.Data.Text;

/// <summary>
/// The one rule for reading a GOV.UK date input (day, month and year boxes). As the GOV.UK date
/// input guidance asks, the month may be a number or a name, in full or cut short, in any case:
/// "11", "Nov", "nov.", "November" and "Sept" all mean November or September. Messages follow the
/// GOV.UK pattern ("Date of birth must include a month", "Date of birth must be a real date").
/// </summary>
public static class DateInput
{
    static readonly string[] Months = CultureInfo.GetCultureInfo("en-GB").DateTimeFormat.MonthNames[..12]
        .Select(m => m.ToLowerInvariant()).ToArray();

    /// <summary>A month from a number (1–12) or an English name or its first three letters or more ("sept" too).</summary>
    public static int? Month(string? text)
    {
        var t = (text ?? "").Trim().TrimEnd('.').ToLowerInvariant();
        if (t.Length == 0) return null;
        if (int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var number)) return number is >= 1 and <= 12 ? number : null;
        if (t.Length < 3) return null;
        for (var i = 0; i < Months.Length; i++)
            if (Months[i].StartsWith(t, StringComparison.Ordinal)) return i + 1;
        return null;
    }

    /// <summary>The date, or the message saying what is wrong. <paramref name="what"/> is how the question names the date ("Date of birth").</summary>
    public static (DateOnly? Date, string? Error) Parse(string? day, string? month, string? year, string what)
    {
        if (string.IsNullOrWhiteSpace(day) && string.IsNullOrWhiteSpace(month) && string.IsNullOrWhiteSpace(year))
            return (null, $"Enter {what.ToLowerInvariant()}");
        var missing = new[] { ("day", day), ("month", month), ("year", year) }
            .Where(p => string.IsNullOrWhiteSpace(p.Item2)).Select(p => p.Item1).ToList();
        if (missing.Count > 0) return (null, $"{what} must include a {string.Join(" and a ", missing)}");
        if (!int.TryParse(day!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            || !int.TryParse(year!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y))
            return (null, $"{what} must be a real date");
        if (y < 1000 || y > 9999) return (null, "Year must include 4 numbers");
        if (Month(month) is not { } m || d < 1 || d > DateTime.DaysInMonth(y, m)) return (null, $"{what} must be a real date");
        return (new DateOnly(y, m, d), null);
    }
}
