namespace Voice.Data.Calendar;

public enum AdjustmentKind
{
    /// <summary>A one-off bank holiday proclaimed outside the usual rules.</summary>
    Added,
    /// <summary>A day that is no longer a bank holiday (moved or cancelled by proclamation).</summary>
    Removed,
}

/// <summary>An administrator's change to the calendar. <paramref name="Title"/> is the holiday's name for an addition, or why for a removal.</summary>
public sealed record CalendarAdjustment(DateOnly Date, AdjustmentKind Kind, string Title);
