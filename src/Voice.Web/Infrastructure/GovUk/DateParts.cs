namespace Voice.Web.Infrastructure.GovUk;

/// <summary>The three boxes of a GOV.UK date input. Parsing and its error messages live here too.</summary>
public class DateParts
{
    public string? Day { get; set; }
    public string? Month { get; set; }
    public string? Year { get; set; }

    public static DateParts From(DateOnly? date) =>
        date is { } d ? new DateParts { Day = d.Day.ToString(), Month = d.Month.ToString(), Year = d.Year.ToString() } : new DateParts();

    public bool IsEmpty => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    /// <summary>
    /// The date, or the GOV.UK message saying what is wrong ("Date of birth must include a month",
    /// "Date of birth must be a real date"). <paramref name="what"/> is how the question names the date.
    /// Months may be names ("Nov"): the rule is <see cref="Voice.Data.Text.DateInput"/>.
    /// </summary>
    public (DateOnly? Date, string? Error) Parse(string what) => Voice.Data.Text.DateInput.Parse(Day, Month, Year, what);
}
