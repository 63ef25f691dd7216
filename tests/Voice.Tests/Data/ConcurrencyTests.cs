using System.Net;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.CareLeavers;
using Voice.Data.Feedback.Views;
using Voice.Data.Identity;
using Voice.Tests.Complaints;
using Voice.Tests.Pages.Views;
using Voice.Tests.Support;

namespace Voice.Tests.Data;

/// <summary>
/// Each record two people can change at once carries a version: the second of two saves made
/// from the same version fails, and the first person's change is what stays.
/// </summary>
public class ConcurrencyTests
{
    /// <summary>Two people load the same row; the first saves; the second's save must fail and leave the first's change.</summary>
    static async Task SecondSaveFailsAsync<T>(VoiceApplication app, Func<VoiceDbContext, Task<T>> load, Action<T, string> change, Func<T, string?> read)
        where T : class, IVersioned
    {
        await using var first = app.NewDbContext();
        await using var second = app.NewDbContext();
        var mine = await load(first);
        var theirs = await load(second);
        change(mine, "first");
        await first.SaveChangesAsync();
        change(theirs, "second");
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var check = app.NewDbContext();
        var now = await load(check);
        Assert.Equal("first", read(now));
        Assert.Equal(mine.Version, now.Version);
        Assert.True(now.Version > 0);
    }

    [Theory, BothDatabases]
    public async Task Complaint(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var (id, _, _) = await ComplaintKit.CreateAsync(app, ComplaintKit.Today(app));
        await SecondSaveFailsAsync(app, db => db.Complaints.SingleAsync(c => c.Id == id), (c, v) => c.AssignedToName = v, c => c.AssignedToName);
    }

    [Theory, BothDatabases]
    public async Task SafeguardingFlag(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var flagId = await NewFlagAsync(app);
        await SecondSaveFailsAsync(app, db => db.SafeguardingFlags.SingleAsync(f => f.Id == flagId), (f, v) => f.DecisionNote = v, f => f.DecisionNote);
    }

    [Theory, BothDatabases]
    public async Task HealthHistoryRequest(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var request = new HealthHistoryRequest
        {
            Reference = "HH-" + Guid.NewGuid().ToString("N")[..10], CodeHash = "x", FullName = "Alex Example", DateOfBirth = new DateOnly(2005, 1, 1),
            WhatTheyWant = "Everything", ReceivedAt = now, UpdatedAt = now, DueOn = DateOnly.FromDateTime(now).AddMonths(1),
        };
        await using (var db = app.NewDbContext()) { db.HealthHistoryRequests.Add(request); await db.SaveChangesAsync(); }
        await SecondSaveFailsAsync(app, db => db.HealthHistoryRequests.SingleAsync(r => r.Id == request.Id), (r, v) => r.OtherNames = v, r => r.OtherNames);
    }

    [Theory, BothDatabases]
    public async Task ViewResponse(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var responseId = await NewResponseAsync(app);
        await SecondSaveFailsAsync(app, db => db.ViewResponses.SingleAsync(r => r.Id == responseId), (r, v) => r.WhatHappenedNext = v, r => r.WhatHappenedNext);
    }

    [Theory, BothDatabases]
    public async Task TwoOfficers_OnOneComplaint_TheSecondSeesWhatChanged_AndOverwritesNothing(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var (id, _, _) = await ComplaintKit.CreateAsync(app, ComplaintKit.Today(app));
        var me = await app.CreateStaffAsync([Roles.ComplaintsOfficer]);
        var mine = PageClient.For(app);
        await mine.SignInAsync(me);
        var theirs = PageClient.For(app);
        await theirs.SignInAsync(await app.CreateStaffAsync([Roles.ComplaintsManager]));

        var myForm = await mine.GetAsync($"/staff/complaints/{id}/route");       // I open the form...
        await Areas.Staff.Complaints.ComplaintsStaffTests.Act(theirs, id, "route", ("Route", "Corporate"), ("Reason", "Their reason"));
        var result = await mine.SubmitAsync(myForm.Form(), ("Route", "Statutory"), ("Reason", "My reason")); // ...and send it after they saved

        Assert.Equal(HttpStatusCode.Conflict, result.Status);
        Assert.Equal("Someone else changed this while you were working on it", result.Document.QuerySelector("h1")!.TextContent);
        var history = result.Document.QuerySelector("#history")!.TextContent;
        Assert.Contains("The complaint will follow the corporate procedure", history);
        var c = await ComplaintKit.LoadAsync(app, id);
        Assert.Equal("Their reason", c.RouteReason);
        Assert.DoesNotContain(c.Events, e => e.Detail == "My reason");
    }

    static async Task<Guid> NewResponseAsync(VoiceApplication app)
    {
        var (invitation, _) = await ViewsTestData.InviteAsync(app, await app.CreateStaffAsync([Roles.Practitioner]));
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var response = new ViewResponse
        {
            Id = Guid.NewGuid(), InvitationId = invitation.Id, QuestionnaireId = invitation.QuestionnaireId, QuestionnaireVersion = "v",
            StartedAt = now, UpdatedAt = now, SubmittedAt = now,
        };
        await using var db = app.NewDbContext();
        db.ViewResponses.Add(response);
        await db.SaveChangesAsync();
        return response.Id;
    }

    static async Task<Guid> NewFlagAsync(VoiceApplication app)
    {
        var responseId = await NewResponseAsync(app);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var flag = new SafeguardingFlag
        {
            Id = Guid.NewGuid(), ResponseId = responseId, QuestionId = "q", Tier = 1, Category = "harm", RuleId = "r", MatchedText = "x",
            LexiconVersion = "1", RaisedAt = now, DueAt = now,
        };
        await using var db = app.NewDbContext();
        db.SafeguardingFlags.Add(flag);
        await db.SaveChangesAsync();
        return flag.Id;
    }
}
