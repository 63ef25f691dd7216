using Voice.Data.Complaints;
using Voice.Data.Languages;

namespace Voice.Web.Features.Complaints;

/// <summary>
/// The acknowledgement a complainant gets, in the language they complained in. A translated
/// receipt says when its translation has not been checked, and the English follows it.
/// </summary>
public static class ComplaintReceipt
{
    public static (string Subject, string Body) Compose(TranslationCatalog catalog, Complaint c, Voice.Data.Access.AccessSecret secret, DateOnly? replyBy, ComplaintLinks links)
    {
        var letter = new ComplainantLetter("email.receipt.subject", c.Reference)
            .Say("email.receipt.dear", c.ComplainantName)
            .Say("email.receipt.thanks", c.Reference);
        if (replyBy is { } d) letter.Say("email.receipt.reply-by", d);
        letter.Say("email.receipt.link").AsWritten(links.TrackingLink(c.Reference, secret))
            .Say("email.receipt.or", links.Absolute(links.Track()), secret.Code)
            .Say(ComplaintWork.MessageWord(c) switch { "letter" => "email.receipt.keep-letter", "text message" => "email.receipt.keep-text", _ => "email.receipt.keep-email" });
        if (c.AdvocacyOfferedOn is not null) letter.Say("email.receipt.advocate");
        if (c.IsLate) letter.Say("email.receipt.late");
        return letter.Compose(catalog, c.Language);
    }
}
