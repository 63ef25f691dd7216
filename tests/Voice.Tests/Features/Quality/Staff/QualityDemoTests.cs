using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Voice.Data;
using Voice.Data.Identity;
using Voice.Tests.Support;
using Voice.Web.Features.Quality;

namespace Voice.Tests.Areas.Staff.Quality;

/// <summary>The demo answers "is contact with family getting better this year?" from the screens.</summary>
public class QualityDemoTests
{
    [Fact]
    public async Task Demo_ShowsFamilyContactByQuarter_UnsuppressedAndMorePositive_AndSeedsOnce()
    {
        // An app of its own: the demo's large teams would change other tests' figures.
        await using var app = await VoiceApplication.StartAsync(DatabaseProvider.Sqlite);
        for (var run = 0; run < 2; run++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            await QualityDemo.SeedAsync(scope.ServiceProvider);
        }
        await using (var db = app.NewDbContext())
        {
            Assert.True(await db.FeedbackItems.CountAsync(f => f.ResponseKey.StartsWith(QualityDemo.KeyPrefix)) is > 2500 and < 4500);
            // Tagged by the engine, as real feedback is: no person chose these themes.
            var comments = db.FeedbackItems.Where(f => f.ResponseKey.StartsWith(QualityDemo.KeyPrefix) && f.Text != null);
            Assert.False(await comments.AnyAsync(f => f.CorrectedByPerson || f.Why == null || f.TaggedAt == null || f.Tone == null));
            Assert.Equal(new[] { app.Services.GetRequiredService<Voice.Data.Analytics.Themes.IThemeTagger>().Tag("x").TaxonomyVersion },
                await comments.Select(f => f.TaxonomyVersion).Distinct().ToListAsync());
        }

        var client = PageClient.For(app);
        await client.SignInAsync(await app.CreateStaffAsync([Roles.QaAnalyst]));
        var page = await client.GetAsync($"/staff/quality/themes/family-contact?team={Uri.EscapeDataString(QualityDemo.Teams[0])}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var rows = page.Document.QuerySelectorAll("#theme-by-quarter tbody tr")
            .Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray())
            .Where(cells => cells[0] != "0" && cells[0] != "c").ToList();
        Assert.True(rows.Count >= 7, $"{rows.Count} quarters shown");
        int Positive(string[] cells) => int.Parse(Regex.Match(cells[1], @"(\d+)% positive").Groups[1].Value);
        Assert.True(Positive(rows[^2]) > Positive(rows[0]) + 15, $"{Positive(rows[0])}% then {Positive(rows[^2])}%");
        Assert.NotEmpty(page.Document.QuerySelectorAll("[data-quote]"));
        Assert.DoesNotContain("A person chose its themes", page.Text);
        Assert.Contains("Seeing family and friends: score", page.Text);

        // Demo people often write the same words; the themes page shows each quote once.
        var themes = await client.GetAsync("/staff/quality/themes");
        var quotes = themes.Document.QuerySelectorAll("[data-theme-quote]").Select(q => (q.GetAttribute("data-theme-quote"), q.TextContent)).ToList();
        Assert.NotEmpty(quotes);
        Assert.Equal(quotes.Count, quotes.Distinct().Count());

        var emerging = await client.GetAsync("/staff/quality/emerging");
        Assert.NotNull(emerging.Document.QuerySelector("#phrases tr[data-phrase='bus pass']"));
    }
}
