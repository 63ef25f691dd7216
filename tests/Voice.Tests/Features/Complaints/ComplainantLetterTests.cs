using Voice.Data.Languages;

namespace Voice.Tests.Complaints;

/// <summary>Messages to complainants after the acknowledgement: fixed wording in their language, staff's words as written.</summary>
public class ComplainantLetterTests
{
    static readonly TranslationCatalog Catalog = TranslationFiles.Load(Path.Combine(TestPaths.Content, "translations"));

    static Voice.Web.Features.Complaints.ComplainantLetter Extension() =>
        new Voice.Web.Features.Complaints.ComplainantLetter("email.subject.extend", "CMP-2026-000123")
            .Say("email.extend", new DateOnly(2026, 12, 2))
            .Say("email.extend.why").AlsoAsWritten("The social worker is on leave", newLine: true);

    [Fact]
    public void InPolish_FixedWordingAndDateArePolish_StaffWordsAsWritten_EnglishBelow()
    {
        var (subject, body) = Extension().Compose(Catalog, "pl");
        Assert.Equal("Potrzebujemy więcej czasu na twoją skargę CMP-2026-000123", subject);
        var polish = body.IndexOf("Odpowiemy teraz do dnia: środa 2 grudnia 2026.", StringComparison.Ordinal);
        var note = body.IndexOf("To tłumaczenie nie zostało jeszcze sprawdzone.", StringComparison.Ordinal);
        var english = body.IndexOf("We will now reply by Wednesday 2 December 2026.", StringComparison.Ordinal);
        Assert.True(polish >= 0 && note > polish && english > note, body);
        Assert.Contains("Powód:\nThe social worker is on leave", body);
        Assert.EndsWith("This is why:\nThe social worker is on leave", body);
    }

    [Fact]
    public void InEnglish_IsTheEnglishAlone()
    {
        var (subject, body) = Extension().Compose(Catalog, "en");
        Assert.Equal("We need more time for your complaint CMP-2026-000123", subject);
        Assert.Equal("We are sorry, but we need more time to reply to your complaint. We will now reply by Wednesday 2 December 2026.\n\nThis is why:\nThe social worker is on leave", body);
    }

    [Fact]
    public void WordingFromTheRules_IsTranslatedByItsEnglish()
    {
        var (_, body) = new Voice.Web.Features.Complaints.ComplainantLetter("email.subject.your-complaint", "CMP-2026-000123")
            .SayEnglish("Your late request for Stage 2 has been refused.").Say("email.late.ombudsman").Compose(Catalog, "ar");
        Assert.StartsWith("تم رفض طلبك المتأخر للمرحلة 2.\n\n", body);
    }
}
