using System.Globalization;
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
        var english = Body(catalog, Language.English, c, secret, replyBy, links, out _);
        var englishSubject = Text(catalog, Language.EnglishCode, "email.receipt.subject", out _, c.Reference);
        if (Language.Find(c.Language) is not { } language || language.Code == Language.EnglishCode) return (englishSubject, english);
        var translated = Body(catalog, language, c, secret, replyBy, links, out var unchecked_);
        var subject = Text(catalog, language.Code, "email.receipt.subject", out _, c.Reference);
        var note = unchecked_ ? Text(catalog, language.Code, "email.unchecked", out _) + "\n" + catalog.English["email.unchecked"] + "\n\n" : "";
        return (subject, translated + note + "----\n\n" + catalog.English["email.english-below"] + "\n\n" + english);
    }

    static string Body(TranslationCatalog catalog, Language language, Complaint c, Voice.Data.Access.AccessSecret secret, DateOnly? replyBy, ComplaintLinks links, out bool unchecked_)
    {
        var any = false;
        string T(string key, params object[] values)
        {
            var text = Text(catalog, language.Code, key, out var u, values);
            any |= u;
            return text + "\n\n";
        }
        var keep = ComplaintWork.MessageWord(c) switch { "letter" => "email.receipt.keep-letter", "text message" => "email.receipt.keep-text", _ => "email.receipt.keep-email" };
        var body = T("email.receipt.dear", c.ComplainantName) +
            T("email.receipt.thanks", c.Reference) +
            (replyBy is { } d ? T("email.receipt.reply-by", language.FormatDate(d, "dddd d MMMM yyyy")) : "") +
            T("email.receipt.link") + links.TrackingLink(c.Reference, secret) + "\n\n" +
            T("email.receipt.or", links.Absolute(links.Track()), secret.Code) +
            T(keep) +
            (c.AdvocacyOfferedOn is not null ? T("email.receipt.advocate") : "") +
            (c.IsLate ? T("email.receipt.late") : "");
        unchecked_ = any;
        return body;
    }

    static string Text(TranslationCatalog catalog, string language, string key, out bool unchecked_, params object[] values)
    {
        var t = catalog.Get(language, key);
        unchecked_ = t.Unchecked;
        return values.Length == 0 ? t.Text : string.Format(CultureInfo.InvariantCulture, t.Text, values);
    }
}
