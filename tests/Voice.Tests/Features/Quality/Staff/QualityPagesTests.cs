using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Voice.Data;
using Voice.Data.Analytics;
using Voice.Data.Analytics.Privacy;
using Voice.Data.Feedback.Views;
using Voice.Data.Identity;
using Voice.Tests.Support;

namespace Voice.Tests.Areas.Staff.Quality;

[Collection(FeedbackIngestCollection.Name)]
public class QualityPagesTests
{
    static async Task<(VoiceApplication App, PageClient Client, StaffAccount Me)> SignedInAsync(DatabaseProvider provider, string role = Roles.QaAnalyst) =>
        await SignedInAsync(await TestApps.Get(provider), role);

    /// <summary>
    /// An app of the test's own, for tests that assert exact suppressed figures: in the shared
    /// database, other tests' feedback (ingested and tagged by the real engine, at their own dates)
    /// can put a small group beside this team's, and secondary suppression then rightly hides it.
    /// </summary>
    static async Task<(VoiceApplication App, PageClient Client, StaffAccount Me)> OwnAppSignedInAsync(DatabaseProvider provider) =>
        await SignedInAsync(await VoiceApplication.StartAsync(provider), Roles.QaAnalyst);

    static async Task<(VoiceApplication App, PageClient Client, StaffAccount Me)> SignedInAsync(VoiceApplication app, string role)
    {
        var me = await app.CreateStaffAsync([role]);
        var client = PageClient.For(app);
        await client.SignInAsync(me);
        return (app, client, me);
    }

    /// <summary>Feedback for a team of its own: people per quarter, each with one comment on the given theme.</summary>
    static async Task<string> SeedAsync(VoiceApplication app, params (Quarter Quarter, int People, string Theme, string Tone)[] groups)
    {
        var team = "Team " + Guid.NewGuid().ToString("N")[..8];
        await using var db = app.NewDbContext();
        foreach (var (quarter, people, theme, tone) in groups)
            for (var i = 0; i < people; i++)
            {
                var on = quarter.Start.AddDays(10);
                var item = new FeedbackItem
                {
                    Source = FeedbackSources.Views, ResponseKey = $"test:{team}:{quarter}:{theme}:{tone}:{i}", QuestionId = "hard", JourneyPoint = "looked-after-review",
                    Team = team, AgeBand = "11-17", On = on, Month = on.Year * 100 + on.Month, Quarter = quarter.Key, Score = 4,
                    Text = $"I want to see my mum more often, comment {i}", Words = 9, AnonymousUseAgreed = true, Tone = tone,
                    SourceAt = DateTime.SpecifyKind(on.ToDateTime(TimeOnly.MinValue), DateTimeKind.Utc), IngestedAt = app.Clock.GetUtcNow().UtcDateTime, TaggedAt = app.Clock.GetUtcNow().UtcDateTime,
                };
                item.Themes.Add(new FeedbackItemTheme { ThemeId = theme });
                db.FeedbackItems.Add(item);
            }
        await db.SaveChangesAsync();
        await FeedbackSummaryBuilder.RebuildAsync(db, default);
        return team;
    }

    static Quarter ThisQuarter(VoiceApplication app) => Quarter.Of(DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime));

    [Theory]
    [InlineData(Roles.Practitioner)]
    [InlineData(Roles.ComplaintsOfficer)]
    [InlineData(Roles.ParticipationOfficer)]
    public async Task OtherStaff_CannotOpenTheQualityArea(string role)
    {
        var (_, client, _) = await SignedInAsync(DatabaseProvider.Sqlite, role);
        foreach (var url in new[] { "/staff/quality", "/staff/quality/themes", "/staff/quality/themes/home", "/staff/quality/complaints",
                     "/staff/quality/complex", "/staff/quality/export", "/staff/quality/export/csv", "/staff/quality/actions" })
        {
            var page = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, page.Status);
            Assert.StartsWith("/account/access-denied", page.Location);
        }
    }

    [Theory, BothDatabases]
    public async Task TheMenu_KeepsTheChosenFilters_OnEveryQaPage(DatabaseProvider provider)
    {
        var (app, client, _) = await SignedInAsync(provider);
        var team = "Team " + Guid.NewGuid().ToString("N")[..8];
        var year = Voice.Web.Features.Quality.Staff.QualityPage.FinancialYearOf(DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime));
        var query = $"team={Uri.EscapeDataString(team)}&source={FeedbackSources.Views}&year={year}";
        static List<string> Menu(PageResult page) => page.Document.QuerySelectorAll("#quality-nav a").Select(a => a.GetAttribute("href")!).ToList();
        void KeepsFilters(PageResult page)
        {
            var links = Menu(page);
            Assert.Equal(7, links.Count);
            Assert.All(links, href => Assert.EndsWith($"?{query}", href));
        }

        foreach (var url in new[] { "/staff/quality", "/staff/quality/themes", "/staff/quality/themes/home", "/staff/quality/emerging",
                     "/staff/quality/complex", "/staff/quality/complaints", "/staff/quality/actions", "/staff/quality/export" })
            KeepsFilters(await client.GetAsync($"{url}?{query}"));
        // A filter changed with htmx swaps the menu in too, from the same response.
        var swapped = await client.GetAsync($"/staff/quality/themes?{query}", new Dictionary<string, string> { ["HX-Request"] = "true" });
        KeepsFilters(swapped);
        Assert.Equal("#quality-nav", swapped.Document.QuerySelector("form[hx-get]")!.GetAttribute("hx-select-oob"));
        // The complaints page's own form (a year only) carries the other filters on.
        var complaints = await client.GetAsync($"/staff/quality/complaints?{query}");
        Assert.Equal(team, complaints.Document.QuerySelector("form[method=get] input[name=team]")!.GetAttribute("value"));
        Assert.Null(complaints.Document.QuerySelector("form[method=get] input[type=hidden][name=year]"));
        // Without filters the menu adds none.
        Assert.All(Menu(await client.GetAsync("/staff/quality")), href => Assert.DoesNotContain("?", href));
    }

    [Theory, BothDatabases]
    public async Task Overview_ShowsPeopleByQuarter_AndHidesSmallGroupsAndWhatGivesThemAway(DatabaseProvider provider)
    {
        var (own, client, _) = await OwnAppSignedInAsync(provider);
        await using var app = own;
        var q = ThisQuarter(app);
        var q1 = new Quarter(q.Year - 1, q.Number);
        var q2 = q1.Next();
        var q3 = q2.Next();
        var team = await SeedAsync(app, (q1, 25, "family-contact", "negative"), (q2, 3, "family-contact", "negative"), (q3, 40, "family-contact", "positive"));

        var page = await client.GetAsync($"/staff/quality?team={Uri.EscapeDataString(team)}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        string Cell(Quarter quarter) => page.Document.QuerySelectorAll("#people-by-quarter tbody tr")
            .Single(r => r.QuerySelector("th")!.TextContent == quarter.ToString()).QuerySelectorAll("td")[0].TextContent;
        Assert.Equal("c", Cell(q2));
        // With only 3 hidden, the total less the others would give it away: one more is hidden.
        Assert.Equal("c", Cell(q1));
        Assert.Equal("40", Cell(q3));
        Assert.Equal("68", page.Document.GetElementById("total")!.TextContent);
        Assert.DoesNotContain(">3<", page.Document.GetElementById("people-by-quarter")!.OuterHtml);

        // Three filters that all fit this team's feedback: the same figures, hidden the same way; one that fits none: nothing.
        var three = await client.GetAsync($"/staff/quality?team={Uri.EscapeDataString(team)}&age=11-17&source={FeedbackSources.Views}");
        string CellOf(PageResult result, Quarter quarter) => result.Document.QuerySelectorAll("#people-by-quarter tbody tr")
            .Single(r => r.QuerySelector("th")!.TextContent == quarter.ToString()).QuerySelectorAll("td")[0].TextContent;
        Assert.Equal(("c", "c", "40"), (CellOf(three, q1), CellOf(three, q2), CellOf(three, q3)));
        Assert.Equal("68", three.Document.GetElementById("total")!.TextContent);
        var none = await client.GetAsync($"/staff/quality?team={Uri.EscapeDataString(team)}&age=16%2B&source={FeedbackSources.Views}");
        Assert.Equal("0", CellOf(none, q3));

        // htmx filtering asks for the same page; it answers with the results in it.
        var hx = await client.GetAsync($"/staff/quality?team={Uri.EscapeDataString(team)}", new Dictionary<string, string> { ["HX-Request"] = "true" });
        Assert.Equal(HttpStatusCode.OK, hx.Status);
        Assert.NotNull(hx.Document.GetElementById("results"));
    }

    [Theory, BothDatabases]
    public async Task Themes_AndThemeDetail_ShowCountsToneAndRedactedQuotes_AndQaCanCorrectThemes(DatabaseProvider provider)
    {
        var (own, client, me) = await OwnAppSignedInAsync(provider);
        await using var app = own;
        var q = ThisQuarter(app);
        // A large second team in the same quarters keeps every complement at 15 or more.
        var first = new Quarter(q.Year - 3, q.Number);
        foreach (var quarter in new[] { first, first.Next() })
            await SeedAsync(app, (quarter, 15, "family-contact", "negative"), (quarter, 15, "family-contact", "positive"), (quarter, 15, "family-contact", "neutral"));
        var team = await SeedAsync(app, (first, 12, "family-contact", "negative"), (first.Next(), 15, "family-contact", "positive"));

        var themes = await client.GetAsync($"/staff/quality/themes?team={Uri.EscapeDataString(team)}");
        Assert.Equal(HttpStatusCode.OK, themes.Status);
        var row = themes.Document.QuerySelector("#themes tr[data-theme='family-contact']")!;
        Assert.True(row.TextContent.Contains("27"), row.TextContent);
        Assert.NotEmpty(themes.Document.QuerySelectorAll("[data-theme-quote='family-contact']"));

        var detail = await client.GetAsync($"/staff/quality/themes/family-contact?team={Uri.EscapeDataString(team)}");
        Assert.Equal(HttpStatusCode.OK, detail.Status);
        Assert.Contains("% positive", detail.Document.GetElementById("theme-by-quarter")!.TextContent);
        var form = detail.Document.QuerySelectorAll("form[method=post]").OfType<AngleSharp.Html.Dom.IHtmlFormElement>().First();
        var saved = await client.SubmitAsync(form, ("Themes", "family-contact"), ("Themes", "home"));
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        await using var db = app.NewDbContext();
        var itemId = long.Parse(saved.Response.Headers.Location!.OriginalString.Split("#quote-")[1]);
        var correction = await db.Set<Voice.Data.Analytics.Themes.ThemeCorrection>().SingleAsync(c => c.SourceKey == $"feedback:{itemId}");
        Assert.Equal("family-contact,home", correction.Themes);
        var item = await db.FeedbackItems.Include(f => f.Themes).SingleAsync(f => f.Id == itemId);
        Assert.True(item.CorrectedByPerson);
        Assert.Equal(["family-contact", "home"], item.Themes.Select(t => t.ThemeId).OrderBy(t => t));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.ActorId == me.Id && a.Action == "Corrected themes"));
    }

    [Theory, BothDatabases]
    public async Task ServiceManager_ReadsButCannotCorrect(DatabaseProvider provider)
    {
        var (app, client, _) = await SignedInAsync(provider, Roles.ServiceManager);
        var q = ThisQuarter(app);
        var team = await SeedAsync(app, (q, 12, "home", "neutral"));
        var detail = await client.GetAsync($"/staff/quality/themes/home?team={Uri.EscapeDataString(team)}");
        Assert.Equal(HttpStatusCode.OK, detail.Status);
        Assert.Empty(detail.Document.QuerySelectorAll("form[method=post]"));
        Assert.Contains("Themes", detail.Text);
    }

    [Theory, BothDatabases]
    public async Task Exports_AreSuppressed_AndAudited(DatabaseProvider provider)
    {
        var (app, client, me) = await SignedInAsync(provider);
        var q = ThisQuarter(app);
        var team = await SeedAsync(app, (q, 4, "safety", "negative"), (q.Next().Year == q.Year ? new Quarter(q.Year - 1, 1) : new Quarter(q.Year - 1, 2), 30, "safety", "negative"));
        var csv = await client.Http.GetAsync($"/staff/quality/export/csv?team={Uri.EscapeDataString(team)}");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Contains($"people,\"safety\",{q},c", text);
        Assert.DoesNotContain($"people,\"safety\",{q},4", text);
        var print = await client.GetAsync($"/staff/quality/export?team={Uri.EscapeDataString(team)}");
        Assert.Equal(HttpStatusCode.OK, print.Status);
        await using var db = app.NewDbContext();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.ActorId == me.Id && a.Action == "Downloaded quality CSV" && a.Detail!.Contains(team)));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.ActorId == me.Id && a.Action == "Printed quality report"));
    }

    [Theory, BothDatabases]
    public async Task Ingest_CopiesOnlyConsentedAnswers_Redacted(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var run = Guid.NewGuid().ToString("N")[..8];
        var now = app.Clock.GetUtcNow().UtcDateTime;
        await using (var db = app.NewDbContext())
        {
            foreach (var (agreed, n) in new[] { (true, 1), (false, 2) })
            {
                var invitation = new Invitation
                {
                    Id = Guid.NewGuid(), CaseReference = $"Q{n}-{run}", EventType = "looked-after-review", EventDate = DateOnly.FromDateTime(now),
                    QuestionnaireId = "lac-review-11-17", CodeHash = Guid.NewGuid().ToString("N"), ExpiresOn = DateOnly.FromDateTime(now).AddDays(14),
                    CreatedAt = now, CreatedById = "x", CreatedByName = "x", Team = $"Team {run}",
                };
                db.Invitations.Add(invitation);
                db.ViewResponses.Add(new ViewResponse
                {
                    Id = Guid.NewGuid(), InvitationId = invitation.Id, QuestionnaireId = "lac-review-11-17", QuestionnaireVersion = "v", StartedAt = now,
                    UpdatedAt = now, SubmittedAt = now.AddSeconds(n), UseAnonymously = agreed,
                    Answers = [new ViewAnswer { QuestionId = LongTextQuestion(app), Ordinal = 0, Value = $"Kayden my carer is nice, call 07700 900123 ({run})" }],
                });
            }
            await db.SaveChangesAsync();
        }
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<FeedbackIngest>().RunAsync(default);
        await using var check = app.NewDbContext();
        var items = await check.FeedbackItems.Where(f => f.Team == $"Team {run}").ToListAsync();
        var item = Assert.Single(items);
        Assert.Equal(FeedbackSources.Views, item.Source);
        Assert.Equal("11-17", item.AgeBand);
        Assert.Equal($"[name] my carer is nice, call [phone number] ({run})", item.Text);
    }

    static string LongTextQuestion(VoiceApplication app) =>
        app.Services.GetRequiredService<Voice.Data.Feedback.Questionnaires.QuestionnaireCatalog>().Get("lac-review-11-17")
            .Questions.First(q => q.Type == Voice.Data.Feedback.Questionnaires.QuestionType.LongText).Id;
}
