namespace Voice.Data.Retention;

/// <summary>
/// How long each kind of record is kept after the event that starts its clock (configuration
/// section <c>Voice:Retention</c>, in days; reasons for the defaults in docs/retention.md). The
/// retention job removes or anonymises what <see cref="CutOff"/> says is due. Zero or less keeps a
/// kind for ever (the job leaves it alone).
/// </summary>
public sealed class RetentionPolicy
{
    /// <summary>Complaints, from closure or withdrawal: personal details and what was written are anonymised.</summary>
    public int ComplaintDays { get; set; } = 6 * 365;
    /// <summary>Health history requests, from completion: deleted (date of birth, address, notes).</summary>
    public int HealthHistoryDays { get; set; } = 2 * 365;
    /// <summary>Safeguarding flags, from the duty officer's decision: deleted (the text screened).</summary>
    public int SafeguardingFlagDays { get; set; } = 2 * 365;
    /// <summary>
    /// Young people's views (invitations with their answers and the staff's decisions on them), from
    /// the day the code stopped working: deleted.
    /// </summary>
    public int ViewsDays { get; set; } = 2 * 365;
    /// <summary>The QA read model (<c>FeedbackItems</c>: redacted, anonymous), from the day the feedback was given: deleted.</summary>
    public int FeedbackItemDays { get; set; } = 6 * 365;
    /// <summary>Sent emails, letters and text messages in the outbox table, from sending: deleted.</summary>
    public int SentMessageDays { get; set; } = 90;
    /// <summary>Files the outbox wrote (Outbox mode, for development and demos), from writing: deleted.</summary>
    public int OutboxFileDays { get; set; } = 30;

    /// <summary>
    /// The instant before which a record whose clock started then is due, or null when the kind is
    /// kept for ever. A record is due when its clock started strictly before the cut-off.
    /// </summary>
    public static DateTime? CutOff(int days, DateTime nowUtc) => days <= 0 ? null : nowUtc.AddDays(-days);

    /// <summary>The same for rules that count whole days (complaint closure is a date).</summary>
    public static DateOnly? CutOffDate(int days, DateOnly today) => days <= 0 ? null : today.AddDays(-days);

    public static bool IsDue(int days, DateTime? startedUtc, DateTime nowUtc) =>
        startedUtc is { } started && CutOff(days, nowUtc) is { } cut && started < cut;
}
