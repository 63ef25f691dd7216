using System.Globalization;
using System.Text.RegularExpressions;

namespace Voice.Data.Complaints;

/// <summary>
/// The words of the updates a complainant sees on the tracking page that carry a stage or a date.
/// They are stored in English, as every update is (staff read the same list); the tracking page
/// finds which update a summary is (<see cref="Parse"/>) and shows its catalog text
/// (<c>track.event.*</c>) in the reader's language, the date written in that language too. Other
/// fixed updates are found by their English alone, and those with a name or staff's words stay
/// English.
/// </summary>
public static partial class PublicUpdates
{
    public const string DateFormat = "d MMMM yyyy";

    /// <summary>Which update a summary is: its catalog key and the value it fills in (a stage number, a date, or none).</summary>
    public sealed record Update(string Key, object? Value);

    /// <summary>The first update. In another language it is "We received your complaint": the page's rows above say what about and when.</summary>
    public static string Received(string channel, string service) =>
        $"Complaint received ({channel.ToLowerInvariant()}) about {service.ToLowerInvariant()}";

    public static string StageResponse(int stage) => $"We sent our Stage {stage} response";
    public static string StatementAgreed(DateOnly on) => $"The statement of complaint was agreed on {Date(on)}";
    public static string PanelMeets(DateOnly on) => $"The review panel meets on {Date(on)}";
    public static string Extended(DateOnly due) => $"We need more time: we will now reply by {Date(due)}";

    static string Date(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    /// <summary>The update a stored summary is, or null for one the catalog finds by its English, or not at all.</summary>
    public static Update? Parse(string summary)
    {
        if (ReceivedPattern().IsMatch(summary)) return new Update("track.event.received", null);
        if (StagePattern().Match(summary) is { Success: true } stage)
            return new Update("track.event.stage-response", int.Parse(stage.Groups[1].Value, CultureInfo.InvariantCulture));
        if (DatePattern().Match(summary) is not { Success: true } dated
            || !DateOnly.TryParseExact(dated.Groups[2].Value, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return null;
        return dated.Groups[1].Value switch
        {
            "The statement of complaint was agreed on " => new Update("track.event.statement-agreed", date),
            "The review panel meets on " => new Update("track.event.panel-meets", date),
            _ => new Update("track.event.extended", date),
        };
    }

    [GeneratedRegex(@"^Complaint received \([a-z ]+\) about .+$")]
    private static partial Regex ReceivedPattern();

    [GeneratedRegex(@"^We sent our Stage ([1-3]) response$")]
    private static partial Regex StagePattern();

    [GeneratedRegex(@"^(The statement of complaint was agreed on |The review panel meets on |We need more time: we will now reply by )(\d{1,2} [A-Z][a-z]+ \d{4})$")]
    private static partial Regex DatePattern();
}
