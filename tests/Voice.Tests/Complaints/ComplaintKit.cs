using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Voice.Data.Audit;
using Voice.Data.Calendar;
using Voice.Data.Complaints;
using Voice.Tests.Support;
using Voice.Web.Features.Complaints;
using Voice.Web.Features.Complaints.New;

namespace Voice.Tests.Complaints;

/// <summary>Makes complaints for tests: through the public pages, or straight through the intake service.</summary>
public static partial class ComplaintKit
{
    public static readonly WorkingDayCalendar Calendar = new(BankHolidayData.Load(Path.Combine(TestPaths.Content, "calendar", "england-and-wales.json")));

    public static DateOnly Today(VoiceApplication app) => new Voice.Data.Calendar.UkClock(app.Clock).Today;

    public sealed record Submitted(string Reference, string Code, string Email, string DraftPath, PageResult Confirmation);

    /// <summary>Goes through every question page as a person without JavaScript would.</summary>
    public static async Task<Submitted> SubmitOnlineAsync(PageClient client, string? description = null, ComplainantType who = ComplainantType.Parent,
        DateOnly? happenedOn = null, string? email = null, string? name = null, bool send = true)
    {
        email ??= $"parent-{Guid.NewGuid():N}@example.com";
        var start = await client.GetAsync("/complaints/new");
        var page = await client.FollowAsync(await client.SubmitAsync(start.Form()));
        var draftPath = page.Response.RequestMessage!.RequestUri!.AbsolutePath[..^"/who".Length];
        page = await Answer(client, page, ("Who", who.ToString()), ("Relationship", who is ComplainantType.OnBehalf or ComplainantType.Other ? "Grandmother" : ""));
        page = await Answer(client, page, ("Service", "looked-after"));
        page = await Answer(client, page, ("Description", description ?? "My son's review meeting was cancelled three times without telling us."));
        var when = happenedOn ?? DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddDays(-20);
        page = await Answer(client, page, ("HappenedOn.Day", when.Day.ToString()), ("HappenedOn.Month", when.Month.ToString()), ("HappenedOn.Year", when.Year.ToString()));
        if (page.Response.RequestMessage!.RequestUri!.AbsolutePath.EndsWith("/late")) page = await Answer(client, page, ("LateReason", "I was unwell"));
        page = await Answer(client, page, ("WantedOutcome", "An apology and a new date for the review"));
        page = await Answer(client, page, ("Needs", "none"));
        page = await Answer(client, page, ("Name", name ?? "Pat Parent"), ("Email", email), ("Phone", ""), ("Preference", "Email"));
        Assert.EndsWith("/check", page.Response.RequestMessage!.RequestUri!.AbsolutePath);
        // Stopping at check answers: the page is returned in place of the confirmation.
        if (!send) return new Submitted("", "", email, draftPath, page);
        var sent = await client.SubmitAsync(page.Form());
        Assert.Equal(HttpStatusCode.Redirect, sent.Status);
        var done = await client.FollowAsync(sent);
        Assert.Equal(HttpStatusCode.OK, done.Status);
        var reference = done.Document.GetElementById("reference")!.TextContent.Trim();
        var code = done.Document.GetElementById("tracking-code")!.TextContent.Trim();
        return new Submitted(reference, code, email, draftPath, done);
    }

    static async Task<PageResult> Answer(PageClient client, PageResult page, params (string, string)[] fields)
    {
        Assert.True(page.Document.QuerySelector("main form") is not null, $"{page.Response.RequestMessage!.RequestUri} {page.Status}: {page.Text[..Math.Min(2000, page.Text.Length)]}");
        var result = await client.SubmitAsync(page.Form(), fields);
        Assert.True(result.Status == HttpStatusCode.Redirect, $"{page.Response.RequestMessage!.RequestUri}: {result.Status} {string.Join("; ", result.Errors)}");
        return await client.FollowAsync(result);
    }

    /// <summary>A complaint made through the intake service, as staff logging it would.</summary>
    public static async Task<(long Id, string Reference, string Code)> CreateAsync(VoiceApplication app, DateOnly receivedOn,
        ComplainantType who = ComplainantType.Parent, string service = "looked-after", string? email = null, string name = "Sam Complainant",
        DateOnly? happenedOn = null)
    {
        using var scope = app.Services.CreateScope();
        var intake = scope.ServiceProvider.GetRequiredService<ComplaintIntake>();
        var state = new NewComplaintState
        {
            Who = who, Service = service, Description = "The plan was not followed", HappenedOn = happenedOn ?? receivedOn.AddDays(-10),
            WantedOutcome = "An apology", HelpAnswered = true, Name = name, Email = email ?? $"c-{Guid.NewGuid():N}@example.com", Preference = ContactPreference.Email,
        };
        var result = await intake.SubmitAsync(state, ReceivedChannel.Phone, receivedOn, null, AuditActor.System, CancellationToken.None);
        return (result.Complaint.Id, result.Complaint.Reference, result.TrackingCode!);
    }

    public static async Task<Complaint> LoadAsync(VoiceApplication app, long id)
    {
        await using var db = app.NewDbContext();
        return await db.Complaints.Include(c => c.Deadlines).Include(c => c.Events).Include(c => c.Stage2).Include(c => c.Panel)
            .Include(c => c.Points).Include(c => c.Extensions).Include(c => c.Pauses).Include(c => c.PanelMembers)
            .AsSplitQuery().SingleAsync(c => c.Id == id);
    }

    public static string? LinkIn(string body) => Link().Match(body) is { Success: true } m ? new Uri(m.Value).PathAndQuery : null;

    [GeneratedRegex(@"https?://\S+/complaints/track\S*")]
    private static partial Regex Link();
}
