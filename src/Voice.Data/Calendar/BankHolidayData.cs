using System.Globalization;
using System.Text.Json;

namespace Voice.Data.Calendar;

/// <summary>
/// The published England and Wales bank holidays (content/calendar/england-and-wales.json),
/// complete for <see cref="FirstYear"/> to <see cref="LastYear"/>. Schema: content/calendar/README.md.
/// </summary>
public sealed class BankHolidayData
{
    public const string Division = "england-and-wales";
    const string SubstituteNote = "Substitute day";

    /// <summary>England and Wales have had at least this many bank holidays every year since 1978.</summary>
    const int MinimumPerYear = 8;

    BankHolidayData(int firstYear, int lastYear, IReadOnlyList<BankHoliday> holidays)
    {
        FirstYear = firstYear;
        LastYear = lastYear;
        Holidays = holidays;
    }

    public int FirstYear { get; }
    public int LastYear { get; }

    /// <summary>Every published holiday, in date order.</summary>
    public IReadOnlyList<BankHoliday> Holidays { get; }

    public bool Covers(int year) => year >= FirstYear && year <= LastYear;

    /// <exception cref="InvalidDataException">The file is missing, is not JSON, or a field is wrong; the message names the file and field.</exception>
    public static BankHolidayData Load(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"{path}: cannot read the bank holiday file: {e.Message}", e);
        }
        return Parse(json, path);
    }

    /// <param name="sourceName">Names the data in error messages, usually the file path.</param>
    /// <exception cref="InvalidDataException">The JSON is malformed or a field is wrong.</exception>
    public static BankHolidayData Parse(string json, string sourceName)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{sourceName}: not valid JSON (line {e.LineNumber + 1}): {e.Message}", e);
        }

        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw Bad(sourceName, "(root)", "must be an object");

            var division = RequiredString(root, "division", sourceName, "division");
            if (division != Division) throw Bad(sourceName, "division", $"is \"{division}\"; this file must hold \"{Division}\"");

            var firstYear = RequiredYear(root, "firstYear", sourceName);
            var lastYear = RequiredYear(root, "lastYear", sourceName);
            if (lastYear < firstYear) throw Bad(sourceName, "lastYear", $"{lastYear} is before firstYear {firstYear}");

            if (!root.TryGetProperty("events", out var events) || events.ValueKind != JsonValueKind.Array)
                throw Bad(sourceName, "events", "is missing or not an array");

            var holidays = new List<BankHoliday>();
            var seen = new HashSet<DateOnly>();
            var index = 0;
            foreach (var ev in events.EnumerateArray())
            {
                var field = $"events[{index}]";
                if (ev.ValueKind != JsonValueKind.Object) throw Bad(sourceName, field, "must be an object");

                var dateText = RequiredString(ev, "date", sourceName, field + ".date");
                if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    throw Bad(sourceName, field + ".date", $"\"{dateText}\" is not a date in the form yyyy-MM-dd");
                if (date.Year < firstYear || date.Year > lastYear)
                    throw Bad(sourceName, field + ".date", $"{dateText} is outside firstYear–lastYear ({firstYear}–{lastYear})");
                if (BankHolidayRules.IsWeekend(date))
                    throw Bad(sourceName, field + ".date", $"{dateText} is a {date.DayOfWeek}; list the substitute weekday instead");
                if (!seen.Add(date))
                    throw Bad(sourceName, field + ".date", $"{dateText} is listed twice");

                var title = RequiredString(ev, "title", sourceName, field + ".title").Trim();
                if (title.Length == 0) throw Bad(sourceName, field + ".title", "is empty");

                var notes = OptionalString(ev, "notes", sourceName, field + ".notes");
                var isSubstitute = string.Equals(notes?.Trim(), SubstituteNote, StringComparison.OrdinalIgnoreCase);

                holidays.Add(new BankHoliday(date, title, isSubstitute, HolidaySource.Published));
                index++;
            }

            for (var year = firstYear; year <= lastYear; year++)
            {
                var count = holidays.Count(h => h.Date.Year == year);
                if (count < MinimumPerYear)
                    throw Bad(sourceName, "events", $"{year} has {count} bank holidays; every year from firstYear to lastYear needs all of its days (at least {MinimumPerYear})");
            }

            holidays.Sort((a, b) => a.Date.CompareTo(b.Date));
            return new BankHolidayData(firstYear, lastYear, holidays);
        }
    }

    static string RequiredString(JsonElement obj, string name, string source, string field)
    {
        if (!obj.TryGetProperty(name, out var value)) throw Bad(source, field, "is missing");
        if (value.ValueKind != JsonValueKind.String) throw Bad(source, field, $"must be a string, not {value.ValueKind}");
        return value.GetString()!;
    }

    static string? OptionalString(JsonElement obj, string name, string source, string field)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind != JsonValueKind.String) throw Bad(source, field, $"must be a string, not {value.ValueKind}");
        return value.GetString();
    }

    static int RequiredYear(JsonElement obj, string name, string source)
    {
        if (!obj.TryGetProperty(name, out var value)) throw Bad(source, name, "is missing");
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var year) || year is < 1583 or > 9998)
            throw Bad(source, name, $"must be a year between 1583 and 9998, not {value.GetRawText()}");
        return year;
    }

    static InvalidDataException Bad(string source, string field, string problem) => new($"{source}: {field} {problem}.");
}
