namespace Voice.Data.Complaints;

/// <summary>
/// Timeline events are written once, in the words the complainant reads on their tracking page
/// ("You added information", "We acknowledged your complaint"). Staff read the same events in
/// staff voice ("The complainant added information", "Acknowledged the complaint").
/// </summary>
public static class ComplaintVoice
{
    static readonly (string From, string To)[] Openings =
    [
        ("You ", "The complainant "),
        ("Your late request", "The complainant's late request"),
        ("Your complaint about", "The complaint about"),
        ("Your complaint", "The complaint"),
        ("We need more time: we will now reply by", "Extended: the reply is now due by"),
        ("We have paused", "Paused"),
        ("We acknowledged", "Acknowledged"),
        ("We offered", "Offered"),
        ("We asked", "Asked"),
        ("We sent", "Sent"),
        ("We ", "The council "),
    ];

    static readonly (string From, string To)[] Words =
    [
        ("your complaint", "the complaint"),
        ("our reply", "the reply"),
        ("our Stage", "the Stage"),
        (" and tell you", " and tell the complainant"),
    ];

    /// <summary>The summary as staff should read it.</summary>
    public static string ForStaff(string summary)
    {
        var text = summary;
        foreach (var (from, to) in Openings)
            if (text.StartsWith(from, StringComparison.Ordinal)) { text = to + text[from.Length..]; break; }
        foreach (var (from, to) in Words) text = text.Replace(from, to, StringComparison.Ordinal);
        return text;
    }
}
