using Voice.Data.Languages;
using Voice.Data;
using Voice.Tests.Complaints;
using Voice.Tests.Support;

namespace Voice.Tests.Pages.Complaints.New;

/// <summary>The complaint journey's GOV.UK parts in the reader's language: change links, character counts, the acknowledgement.</summary>
public class ComplaintTranslationTests
{
    [Fact]
    public async Task CharacterCount_InPolish_CarriesEveryPolishPluralForm_AndThePolishLimit()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var client = PageClient.For(app);
        await client.GetAsync("/?lang=pl");
        var start = await client.GetAsync("/complaints/new");
        var who = await client.FollowAsync(await client.SubmitAsync(start.Form()));
        var draft = who.Response.RequestMessage!.RequestUri!.AbsolutePath[..^"/who".Length];
        var page = await client.GetAsync(draft + "/what-happened");

        var count = page.Document.QuerySelector("[data-module='govuk-character-count']")!;
        Assert.Equal("5000", count.GetAttribute("data-maxlength"));
        Assert.Equal("Możesz wpisać najwyżej 5000 znaków", page.Document.GetElementById("Description-info")!.TextContent);
        Assert.Equal("Pozostał %{count} znak", count.GetAttribute("data-i18n.characters-under-limit.one"));
        Assert.Equal("Pozostały %{count} znaki", count.GetAttribute("data-i18n.characters-under-limit.few"));
        Assert.Equal("Pozostało %{count} znaków", count.GetAttribute("data-i18n.characters-under-limit.many"));
        Assert.Equal("Masz o %{count} znaków za dużo", count.GetAttribute("data-i18n.characters-over-limit.many"));
        Assert.Equal("Pozostało 0 znaków", count.GetAttribute("data-i18n.characters-at-limit"));
        Assert.Null(count.GetAttribute("data-i18n.characters-under-limit.two"));
    }

    [Fact]
    public async Task CharacterCount_InEnglish_LeavesGovUkFrontendsOwnMessages()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var client = PageClient.For(app);
        var start = await client.GetAsync("/complaints/new?lang=en");
        var who = await client.FollowAsync(await client.SubmitAsync(start.Form()));
        var page = await client.GetAsync(who.Response.RequestMessage!.RequestUri!.AbsolutePath[..^"/who".Length] + "/what-happened");
        Assert.Equal("You can enter up to 5000 characters", page.Document.GetElementById("Description-info")!.TextContent);
        Assert.DoesNotContain(page.Document.QuerySelector("[data-module='govuk-character-count']")!.Attributes, a => a.Name.StartsWith("data-i18n"));
    }

    [Fact]
    public async Task CheckAnswers_InArabic_ChangeLinksSayWhatTheyChange_InArabic()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var client = PageClient.For(app);
        await client.GetAsync("/?lang=ar");
        var check = (await ComplaintKit.SubmitOnlineAsync(client, send: false)).Confirmation;
        var hidden = check.Document.QuerySelectorAll(".govuk-summary-list__actions .govuk-visually-hidden").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains("من يقدم الشكوى", hidden);
        Assert.Contains("عنوان بريدك الإلكتروني", hidden);
        Assert.Equal("تغيير", check.Document.QuerySelector(".govuk-summary-list__actions a")!.ChildNodes[0].TextContent.Trim());
        Assert.DoesNotContain(hidden, h => h.Any(char.IsAsciiLetterLower));
    }

    [Fact]
    public async Task ComplaintInPortuguese_IsAcknowledgedInPortuguese_WithTheEnglishBelow()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var client = PageClient.For(app);
        await client.GetAsync("/?lang=pt");
        var sent = await ComplaintKit.SubmitOnlineAsync(client, description: "A reunião do meu filho foi cancelada três vezes.");
        Assert.Equal("Reclamação enviada", sent.Confirmation.Document.QuerySelector("h1")!.TextContent);

        var email = Assert.Single(app.EmailsTo(sent.Email));
        Assert.Equal($"Recebemos a sua reclamação {sent.Reference}", email.Subject);
        var portuguese = email.Body.IndexOf($"Obrigado pela sua reclamação. O seu número de referência é {sent.Reference}.", StringComparison.Ordinal);
        var keep = email.Body.IndexOf("Guarde este email em segurança", StringComparison.Ordinal);
        var english = email.Body.IndexOf($"Thank you for your complaint. Your reference is {sent.Reference}.", StringComparison.Ordinal);
        Assert.True(portuguese >= 0 && keep > portuguese && english > keep, email.Body);
        Assert.Contains("Esta tradução ainda não foi verificada.", email.Body);
        Assert.Contains(Language.Find("pt")!.FormatDate(ComplaintKit.Calendar.AddWorkingDays(ComplaintKit.Today(app), 10), "dddd d MMMM yyyy"), email.Body);
    }
}
