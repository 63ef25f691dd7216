namespace Voice.Data.Analytics.Privacy;

/// <summary>
/// A reporting period: whole calendar months only (a week or a day of feedback from one team is
/// small enough to point at a child). From the first day of <see cref="From"/>'s month up to,
/// not including, the first day of <see cref="Until"/>'s month.
/// </summary>
public sealed record ReportingPeriod
{
    public ReportingPeriod(DateOnly from, DateOnly until)
    {
        if (from.Day != 1 || until.Day != 1)
            throw new ArgumentException("Reporting periods start and end on the first day of a month.");
        if (until <= from)
            throw new ArgumentException("A reporting period is at least one month long.");
        From = from;
        Until = until;
    }

    public DateOnly From { get; }
    public DateOnly Until { get; }

    public static ReportingPeriod Months(int year, int month, int count) =>
        new(new DateOnly(year, month, 1), new DateOnly(year, month, 1).AddMonths(count));

    /// <summary>The council's financial year that starts in April of <paramref name="startYear"/>.</summary>
    public static ReportingPeriod FinancialYear(int startYear) => Months(startYear, 4, 12);

    public static ReportingPeriod CalendarYear(int year) => Months(year, 1, 12);

    public bool Contains(DateOnly day) => day >= From && day < Until;

    /// <summary>The quarters (calendar, Jan–Mar = Q1) that this period covers, whole or in part.</summary>
    public IReadOnlyList<Quarter> Quarters()
    {
        var list = new List<Quarter>();
        for (var q = Quarter.Of(From); q.Start < Until; q = q.Next()) list.Add(q);
        return list;
    }
}

/// <summary>A calendar quarter, used for trends: "2026 Q1" is January to March 2026.</summary>
public readonly record struct Quarter(int Year, int Number)
{
    public static Quarter Of(DateOnly day) => new(day.Year, (day.Month - 1) / 3 + 1);
    public DateOnly Start => new(Year, (Number - 1) * 3 + 1, 1);
    public DateOnly End => Start.AddMonths(3);
    public Quarter Next() => Number == 4 ? new(Year + 1, 1) : new(Year, Number + 1);
    /// <summary>A sortable whole number (year × 10 + quarter), as stored in summaries.</summary>
    public int Key => Year * 10 + Number;
    public static Quarter FromKey(int key) => new(key / 10, key % 10);
    public override string ToString() => $"{Year} Q{Number}";
    public string Label => $"{Start:MMM} to {End.AddDays(-1):MMM yyyy}";
}
