using System.Net;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Analytics;
using Voice.Data.Analytics.Privacy;
using Voice.Data.Analytics.Themes;
using Voice.Data.Identity;
using Voice.Tests.Support;

namespace Voice.Tests.Areas.Staff.Quality;

public class QualityEmergingTests
{
    static async Task<(VoiceApplication App, PageClient Client)> SignedInAsync(DatabaseProvider provider, string role = Roles.QaAnalyst)
    {
        var app = await TestApps.Get(provider);
        var client = PageClient.For(app);
        await client.SignInAsync(await app.CreateStaffAsync([role]));
        return (app, client);
    }

    /// <summary>A word no other test writes: letters only, so no rule treats it as a number.</summary>
    static string Word() => new(Guid.NewGuid().ToString("N")[..10].Select(c => (char)('a' + Convert.ToInt32(c.ToString(), 16))).ToArray());

    /// <summary>Untagged comments (they fit no theme) this quarter for a team of its own, one person each.</summary>
    static async Task<string> SeedAsync(VoiceApplication app, params (int People, string Text)[] groups)
    {
        var team = "Team " + Guid.NewGuid().ToString("N")[..8];
        var on = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        await using var db = app.NewDbContext();
        var n = 0;
        foreach (var (people, text) in groups)
            for (var i = 0; i < people; i++, n++)
                db.FeedbackItems.Add(new FeedbackItem
                {
                    Source = FeedbackSources.Views, ResponseKey = $"emerging:{team}:{n}", QuestionId = "q", JourneyPoint = "looked-after-review",
                    Team = team, AgeBand = "11-17", On = on, Month = on.Year * 100 + on.Month, Quarter = Quarter.Of(on).Key,
                    Text = text, Words = text.Split(' ').Length, AnonymousUseAgreed = true, Tone = "neutral",
                    SourceAt = app.Clock.GetUtcNow().UtcDateTime, IngestedAt = app.Clock.GetUtcNow().UtcDateTime, TaggedAt = app.Clock.GetUtcNow().UtcDateTime,
                });
        await db.SaveChangesAsync();
        return team;
    }

    /// <summary>The form that decides one phrase.</summary>
    static AngleSharp.Html.Dom.IHtmlFormElement PhraseForm(PageResult page, string phrase) =>
        page.Document.QuerySelectorAll("form[method=post]").OfType<AngleSharp.Html.Dom.IHtmlFormElement>()
            .First(f => f.QuerySelector("input[name=Phrase]")!.GetAttribute("value") == phrase);

    [Theory, BothDatabases]
    public async Task EmergingPhrases_ComeFromTheEngine_WithSmallCountsHiddenAndExamplesRedacted(DatabaseProvider provider)
    {
        var (app, client) = await SignedInAsync(provider);
        var (common, rare) = (Word(), Word());
        var team = await SeedAsync(app, (12, $"the skate {common} was shut again"), (3, $"my {rare} weekend got cancelled, ring 07700 900123"));

        var page = await client.GetAsync($"/staff/quality/emerging?team={Uri.EscapeDataString(team)}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var table = page.Document.GetElementById("phrases")!;
        var shown = table.QuerySelector($"tr[data-phrase='skate {common}']")!;
        Assert.Equal("12", shown.QuerySelectorAll("td")[1].TextContent);
        var small = table.QuerySelector($"tr[data-phrase='{rare} weekend']")!;
        Assert.Equal(Suppressed.Mark, small.QuerySelectorAll("td")[1].TextContent);
        // The store is meant to hold redacted text; the page redacts again whatever it holds.
        Assert.DoesNotContain("07700", page.Text);
        Assert.Contains("[phone number]", page.Document.QuerySelectorAll("[data-example]").Select(e => e.TextContent).First(t => t.Contains(rare)));
    }

    [Theory, BothDatabases]
    public async Task EmergingPhrases_FromTooFewPeople_ShowNothing(DatabaseProvider provider)
    {
        var (app, client) = await SignedInAsync(provider);
        var word = Word();
        var team = await SeedAsync(app, (6, $"the skate {word} was shut again"));
        var page = await client.GetAsync($"/staff/quality/emerging?team={Uri.EscapeDataString(team)}");
        Assert.NotNull(page.Document.GetElementById("too-few"));
        Assert.DoesNotContain(word, page.Text);
    }

    [Theory, BothDatabases]
    public async Task QaAnalyst_DismissesAPhrase_OrMustChooseATheme_AndManagersCannotDecide(DatabaseProvider provider)
    {
        var (app, client) = await SignedInAsync(provider);
        var word = Word();
        var team = await SeedAsync(app, (11, $"the {word} bus keeps breaking down"));
        var url = $"/staff/quality/emerging?team={Uri.EscapeDataString(team)}";
        var form = PhraseForm(await client.GetAsync(url), $"{word} bus");

        var noTheme = await client.SubmitAsync(form);
        Assert.Equal(HttpStatusCode.BadRequest, noTheme.Status);
        Assert.Contains("Select the theme", noTheme.Document.QuerySelector(".govuk-error-summary")!.TextContent);
        Assert.NotNull(noTheme.Document.QuerySelector("#Theme.govuk-select--error"));

        var dismiss = form.QuerySelectorAll("button").Single(b => b.TextContent.StartsWith("Dismiss")).GetAttribute("formaction")!;
        var manager = PageClient.For(app);
        await manager.SignInAsync(await app.CreateStaffAsync([Roles.ServiceManager]));
        var managerPage = await manager.GetAsync(url);
        Assert.Empty(managerPage.Document.QuerySelectorAll("form[method=post]"));

        var dismissed = await client.SubmitAsync(form, dismiss);
        Assert.Equal(HttpStatusCode.Redirect, dismissed.Status);
        await using (var db = app.NewDbContext())
        {
            var decision = await db.Set<EmergingPhraseDecision>().SingleAsync(d => d.Phrase == $"{word} bus");
            Assert.Equal("dismissed", decision.Decision);
            Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "Dismissed emerging phrase" && a.RecordId == $"{word} bus"));
        }
        var after = await client.GetAsync(url);
        Assert.Null(after.Document.QuerySelector($"tr[data-phrase='{word} bus']"));
        Assert.NotNull(after.Document.QuerySelector($"tr[data-phrase='{word} bus keeps']"));
    }

    [Theory, BothDatabases]
    public async Task QaAnalyst_AddsAPhraseToATheme_MakingANewTaxonomyVersion(DatabaseProvider provider)
    {
        // An app of its own: adding a phrase makes a new taxonomy version, which every other test on a shared app would then tag with.
        await using var app = await VoiceApplication.StartAsync(provider);
        var client = PageClient.For(app);
        await client.SignInAsync(await app.CreateStaffAsync([Roles.QaAnalyst]));
        var word = Word();
        var team = await SeedAsync(app, (11, $"the {word} bus keeps breaking down"));
        var url = $"/staff/quality/emerging?team={Uri.EscapeDataString(team)}";
        var form = PhraseForm(await client.GetAsync(url), $"{word} bus");
        await using (var db = app.NewDbContext())
            Assert.False(await db.Set<ThemeTaxonomyVersion>().AnyAsync());

        var added = await client.SubmitAsync(form, ("Theme", "activities"));
        Assert.Equal(HttpStatusCode.Redirect, added.Status);
        Assert.Contains($"team={Uri.EscapeDataString(team)}", added.Location);
        await using (var db = app.NewDbContext())
        {
            var decision = await db.Set<EmergingPhraseDecision>().SingleAsync(d => d.Phrase == $"{word} bus");
            Assert.Equal(("accepted", "activities"), (decision.Decision, decision.ThemeId));
            var version = await db.Set<ThemeTaxonomyVersion>().SingleAsync();
            var saved = TaxonomyReader.Read("saved", version.Json);
            Assert.Contains($"{word} bus", saved.Find("activities")!.Phrases);
            Assert.DoesNotContain(saved.Themes.Where(t => t.Id != "activities"), t => t.Phrases.Contains($"{word} bus"));
            Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "Added emerging phrase to a theme" && a.RecordId == $"{word} bus" && a.Detail == "activities"));
        }
        var after = await client.FollowAsync(added);
        Assert.Contains($"“{word} bus” added to", after.Text);
        Assert.Null(after.Document.QuerySelector($"tr[data-phrase='{word} bus']"));
    }

    [Theory]
    [InlineData(Roles.Practitioner)]
    [InlineData(Roles.ComplaintsOfficer)]
    public async Task OtherStaff_CannotOpenEmergingPhrases(string role)
    {
        var (_, client) = await SignedInAsync(DatabaseProvider.Sqlite, role);
        var page = await client.GetAsync("/staff/quality/emerging");
        Assert.StartsWith("/account/access-denied", page.Location);
    }
}
