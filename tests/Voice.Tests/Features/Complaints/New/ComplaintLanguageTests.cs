using System.Net;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Tests.Complaints;
using Voice.Tests.Support;

namespace Voice.Tests.Pages.Complaints.New;

public class ComplaintLanguageTests
{
    [Theory, BothDatabases]
    public async Task ComplaintInPolish_IsStoredAsPolish_AcknowledgedInPolishWithTheEnglishBelow_AndStaffSeeTheLanguageNamed(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var client = PageClient.For(app);
        await client.GetAsync("/?lang=pl");
        var sent = await ComplaintKit.SubmitOnlineAsync(client, description: "Spotkanie mojego syna odwołano trzy razy.");
        Assert.Equal("Skarga wysłana", sent.Confirmation.Document.QuerySelector("h1")!.TextContent);
        var due = ComplaintKit.Calendar.AddWorkingDays(ComplaintKit.Today(app), 10);
        Assert.Equal(Voice.Data.Languages.Language.Find("pl")!.FormatDate(due, "dddd d MMMM yyyy"), sent.Confirmation.Document.GetElementById("reply-by")!.TextContent);

        await using var db = app.NewDbContext();
        var complaint = await db.Complaints.SingleAsync(c => c.Reference == sent.Reference);
        Assert.Equal("pl", complaint.Language);

        var email = Assert.Single(app.EmailsTo(sent.Email));
        Assert.Equal($"Otrzymaliśmy Twoją skargę {sent.Reference}", email.Subject);
        var polish = email.Body.IndexOf($"Dziękujemy za skargę. Numer sprawy to {sent.Reference}.", StringComparison.Ordinal);
        var english = email.Body.IndexOf($"Thank you for your complaint. Your reference is {sent.Reference}.", StringComparison.Ordinal);
        Assert.True(polish >= 0 && english > polish, email.Body);
        Assert.Contains("To tłumaczenie nie zostało jeszcze sprawdzone.", email.Body);
        Assert.Contains(sent.Code, email.Body);
        Assert.NotNull(ComplaintKit.LinkIn(email.Body));

        var staff = PageClient.For(app);
        await staff.SignInAsync(await app.CreateStaffAsync([Voice.Data.Identity.Roles.ComplaintsOfficer]));
        var page = await staff.GetAsync($"/staff/complaints/{complaint.Id}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("en", page.Document.DocumentElement.GetAttribute("lang"));
        var language = page.Document.QuerySelectorAll(".govuk-summary-list__row").Single(r => r.QuerySelector("dt")!.TextContent == "Language");
        Assert.Equal("Polish", language.QuerySelector("dd")!.TextContent.Trim());
        var description = page.Document.GetElementById("complaint-description")!;
        Assert.Equal(("pl", "Spotkanie mojego syna odwołano trzy razy."), (description.GetAttribute("lang"), description.TextContent));
    }

    [Fact]
    public async Task TrackingInPolish_ShowsThePolishPage_AndPolishErrors()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var client = PageClient.For(app);
        var sent = await ComplaintKit.SubmitOnlineAsync(client);
        var track = await client.GetAsync("/complaints/track?lang=pl");
        Assert.Equal("Sprawdź status skargi", track.Document.QuerySelector("h1")!.TextContent);
        var error = await client.SubmitAsync(track.Form(), ("Reference", ""), ("Code", ""));
        Assert.Equal(["Wpisz numer sprawy", "Wpisz kod do śledzenia"], error.Errors);
        var status = await client.FollowAsync(await client.SubmitAsync(error.Form(), ("Reference", sent.Reference), ("Code", sent.Code)));
        Assert.Equal(HttpStatusCode.OK, status.Status);
        Assert.Equal("Twoja skarga", status.Document.QuerySelector(".govuk-caption-l")!.TextContent);
        Assert.Contains("Otwarta", status.Document.QuerySelector(".govuk-summary-list")!.TextContent);
        Assert.Equal("Dodaj więcej informacji", status.Document.QuerySelectorAll("h2").Select(h => h.TextContent).Single(t => t.StartsWith("Dodaj")));
    }

    [Fact]
    public async Task ComplaintInEnglish_IsStoredAsEnglish_AndTheReceiptHasNoTranslation()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var sent = await ComplaintKit.SubmitOnlineAsync(PageClient.For(app));
        await using var db = app.NewDbContext();
        Assert.Equal("en", (await db.Complaints.SingleAsync(c => c.Reference == sent.Reference)).Language);
        var email = Assert.Single(app.EmailsTo(sent.Email));
        Assert.StartsWith("Dear Pat Parent,\n\nThank you for your complaint.", email.Body);
        Assert.DoesNotContain("----", email.Body);
    }
}
