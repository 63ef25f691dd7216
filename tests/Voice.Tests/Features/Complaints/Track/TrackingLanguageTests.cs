using System.Net;
using Voice.Data;
using Voice.Data.Complaints;
using Voice.Data.Languages;
using Voice.Tests.Complaints;
using Voice.Tests.Support;

namespace Voice.Tests.Pages.Complaints.Track;

/// <summary>Tracking a complaint in languages other than Polish and Urdu (issue 15): every word the reader meets is theirs.</summary>
public class TrackingLanguageTests
{
    static readonly TranslationCatalog Catalog = TranslationFiles.Load(Path.Combine(TestPaths.Content, "translations"));

    static string Text(string language, string key) => Catalog.Get(language, key).Text;

    [Fact]
    public async Task TrackingInLithuanian_LookUpErrorsStatusActionsAndBanners_AreLithuanian()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var today = ComplaintKit.Today(app);
        var (_, reference, code) = await ComplaintKit.CreateAsync(app, today);
        var client = PageClient.For(app);

        var track = await client.GetAsync("/complaints/track?lang=lt");
        Assert.Equal("lt", track.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Sekti skundą", track.Document.QuerySelector("h1")!.TextContent);
        Assert.Equal(["Įveskite skundo nuorodos numerį", "Įveskite sekimo kodą"], (await client.SubmitAsync(track.Form(), ("Reference", ""), ("Code", ""))).Errors);
        var wrong = await client.SubmitAsync(track.Form(), ("Reference", reference), ("Code", "AAAA-BBBB-CCCC"));
        Assert.Equal([Text("lt", "track.no-match")], wrong.Errors);

        var status = await client.FollowAsync(await client.SubmitAsync(track.Form(), ("Reference", reference), ("Code", code)));
        Assert.Equal(HttpStatusCode.OK, status.Status);
        var summary = status.Document.QuerySelector(".govuk-summary-list")!.TextContent;
        Assert.Contains("Nagrinėjamas", summary);
        Assert.Contains("Atsakysime iki", summary);
        Assert.Contains(Language.Find("lt")!.FormatDate(ComplaintKit.Calendar.AddWorkingDays(today, 10), "dddd d MMMM yyyy"), summary);
        // The first update is theirs too ("We received your complaint": the rows above say about what and when).
        var received = status.Document.QuerySelectorAll("#timeline strong").Last();
        Assert.Equal(Text("lt", "track.event.received"), received.TextContent);
        Assert.Null(received.GetAttribute("lang"));
        Assert.Null(status.Document.GetElementById("timeline-language"));
        Assert.Equal("Atsiimti skundą", status.Document.QuerySelector("form[action$='/withdraw'] button")!.TextContent.Trim());

        var unconfirmed = await client.SubmitAsync(status.Form("form[action$='/withdraw']"));
        Assert.Equal(["Patvirtinkite, kad norite atsiimti skundą"], unconfirmed.Errors);
        var withdrawn = await client.FollowAsync(await client.SubmitAsync(status.Form("form[action$='/withdraw']"), ("ConfirmWithdraw", "yes")));
        Assert.Equal("Jūsų skundas atsiimtas", withdrawn.Document.QuerySelector(".govuk-notification-banner__heading")!.TextContent);
        Assert.Contains("Atsiimtas", withdrawn.Document.QuerySelector(".govuk-summary-list")!.TextContent);
        // A fixed update ("You withdrew your complaint") is in the reader's language, not marked English.
        var latest = withdrawn.Document.QuerySelector("#timeline strong")!;
        Assert.Equal(Text("lt", "track.event.withdrawn"), latest.TextContent);
        Assert.Null(latest.GetAttribute("lang"));
    }

    [Fact]
    public async Task UpdatesWithAStageOrADate_AreInPolish_WithThePolishDate()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var today = ComplaintKit.Today(app);
        var (id, reference, code) = await ComplaintKit.CreateAsync(app, today.AddDays(-14));
        var due = today.AddDays(20);
        await using (var db = app.NewDbContext())
        {
            var at = app.Clock.GetUtcNow().UtcDateTime;
            db.ComplaintEvents.AddRange(
                new ComplaintEvent { ComplaintId = id, At = at.AddMinutes(-2), Kind = "Extended", Summary = PublicUpdates.Extended(due), Detail = "We are waiting for a school's records", ActorName = "Test", Public = true },
                new ComplaintEvent { ComplaintId = id, At = at.AddMinutes(-1), Kind = "Stage 1 response", Summary = PublicUpdates.StageResponse(1), ActorName = "Test", Public = true });
            await db.SaveChangesAsync();
        }
        var client = PageClient.For(app);
        var track = await client.GetAsync("/complaints/track?lang=pl");
        var status = await client.FollowAsync(await client.SubmitAsync(track.Form(), ("Reference", reference), ("Code", code)));
        var updates = status.Document.QuerySelectorAll("#timeline strong").ToList();
        var stage = updates.Single(e => e.TextContent == "Wysłaliśmy naszą odpowiedź na etapie 1");
        var extended = updates.Single(e => e.TextContent == "Potrzebujemy więcej czasu: odpowiemy do " + Language.Find("pl")!.FormatDate(due, "d MMMM yyyy"));
        Assert.Null(stage.GetAttribute("lang"));
        Assert.Null(extended.GetAttribute("lang"));
        Assert.DoesNotContain(updates, e => e.TextContent.StartsWith("We ", StringComparison.Ordinal) || e.TextContent.StartsWith("Complaint", StringComparison.Ordinal));
        // What staff wrote beside the extension stays as written, marked English, and the page says so.
        Assert.Equal("en", status.Document.QuerySelectorAll("#timeline p").Single(p => p.TextContent == "We are waiting for a school's records").GetAttribute("lang"));
        Assert.Equal(Text("pl", "track.timeline-english"), status.Document.GetElementById("timeline-language")!.TextContent);
    }

    [Fact]
    public async Task TrackingInArabic_IsRightToLeft_AndAskingForStage2IsArabic()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var today = ComplaintKit.Today(app);
        var complaint = await TrackTests.RespondedAtStage1Async(app, today.AddDays(-14), respondedOn: today.AddDays(-1));
        var client = PageClient.For(app);

        var track = await client.GetAsync("/complaints/track?lang=ar");
        Assert.Equal(("ar", "rtl"), (track.Document.DocumentElement.GetAttribute("lang"), track.Document.DocumentElement.GetAttribute("dir")));
        Assert.Equal("تتبع شكواك", track.Document.QuerySelector("h1")!.TextContent);
        var status = await client.FollowAsync(await client.SubmitAsync(track.Form(), ("Reference", complaint.Reference), ("Code", complaint.Code)));
        Assert.Equal("شكواك", status.Document.QuerySelector(".govuk-caption-l")!.TextContent);
        Assert.Contains("تم إرسال الرد", status.Document.QuerySelector(".govuk-summary-list")!.TextContent);
        Assert.Contains(Text("ar", "track.ask-by"), status.Document.QuerySelector(".govuk-summary-list")!.TextContent);
        var form = status.Form("form[action$='/nextstage']");
        Assert.Equal("اطلب المرحلة 2", form.QuerySelector("button")!.TextContent.Trim());
        Assert.Equal("لماذا لست راضيًا عن ردنا؟", form.QuerySelector("label")!.TextContent);

        Assert.Equal([Text("ar", "track.error-why")], (await client.SubmitAsync(form, ("NextStageReason", ""))).Errors);
        var asked = await client.FollowAsync(await client.SubmitAsync(form, ("NextStageReason", "لم تجيبوا عن النقطة الثانية")));
        Assert.Equal("استلمنا طلبك للمرحلة 2", asked.Document.QuerySelector(".govuk-notification-banner__heading")!.TextContent);
        // No English is left in the page's own words (the timeline is the staff's English, marked as such).
        Assert.DoesNotContain(asked.Document.QuerySelectorAll("main [lang='en']"), e => e.Closest("#timeline") is null);
    }
}
