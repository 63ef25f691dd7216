namespace Voice.Web.Infrastructure.Notifications;

/// <summary>
/// An email. <see cref="Kind"/> names what the message is for ("ComplaintReceived", ...): GOV.UK
/// Notify sends each kind with its own template, and a kind without one uses the "General" one.
/// </summary>
public record EmailMessage(string To, string Subject, string Body)
{
    public string Kind { get; init; } = MessageKinds.General;
}

/// <summary>A text message to a UK mobile number.</summary>
public record TextMessage(string PhoneNumber, string Body)
{
    public string Kind { get; init; } = MessageKinds.General;
}

/// <summary>
/// A letter posted to someone with no email address: <see cref="Address"/> is the postal address
/// as they gave it (lines separated by new lines or commas, ending with the postcode).
/// </summary>
public record LetterMessage(string Name, string Address, string Subject, string Body)
{
    public string Kind { get; init; } = MessageKinds.General;
}

public static class MessageKinds
{
    /// <summary>The template used for a kind that has none of its own.</summary>
    public const string General = "General";
}
