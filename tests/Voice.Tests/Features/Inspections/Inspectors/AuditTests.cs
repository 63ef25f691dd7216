using System.Net;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Identity;
using Voice.Data.Inspections;
using Voice.Tests.Support;

namespace Voice.Tests.Pages.Inspectors;

/// <summary>
/// "We have checked every change": the young inspectors confirm they checked every action, which
/// moves the audit to verified. Only a young inspector on the team can, and only once every
/// action is checked (by anyone in the team).
/// </summary>
public class AuditTests
{
    [Theory, BothDatabases]
    public async Task PostCheckedAll_OnceEveryActionIsChecked_VerifiesTheAudit_AndOnlyTheTeamCan(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var first = await app.CreateStaffAsync([Roles.YoungInspector]);
        var second = await app.CreateStaffAsync([Roles.YoungInspector]);
        var id = await SeedActionsInProgressAsync(app, first.Id, second.Id);
        await using var db = app.NewDbContext();
        var actionId = await db.AuditActions.Where(a => a.AuditId == id).Select(a => a.Id).SingleAsync();
        var checkedAll = $"/inspectors/audits/{id}/CheckedAll";

        var me = PageClient.For(app);
        await me.SignInAsync(first);
        var page = await me.GetAsync($"/inspectors/audits/{id}");
        Assert.Contains("(not checked yet)", page.Text);
        Assert.DoesNotContain("We have checked every change", page.Text);
        var check = await me.GetAsync($"/inspectors/audits/{id}/actions/{actionId}");
        var token = check.Form().QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var tooSoon = await me.PostAsync(checkedAll, [new("__RequestVerificationToken", token)]);
        Assert.Equal(HttpStatusCode.BadRequest, tooSoon.Status);
        Assert.Contains("Check every action first", tooSoon.Errors);
        Assert.Equal(AuditStatus.ActionsInProgress, await StatusAsync(app, id));

        // The other young inspector checks the action; the first sees it and confirms for the team.
        var other = PageClient.For(app);
        await other.SignInAsync(second);
        var theirCheck = await other.GetAsync($"/inspectors/audits/{id}/actions/{actionId}");
        Assert.Equal(HttpStatusCode.Redirect, (await other.SubmitAsync(theirCheck.Form(), ("Happened", "PartlyHappened"), ("Evidence", "The new letter has a phone number but no name"))).Status);
        page = await me.GetAsync($"/inspectors/audits/{id}");
        Assert.Contains("(some of it happened)", page.Text);

        // Staff cannot confirm for the young inspectors, on this page or the staff one.
        var officer = PageClient.For(app);
        await officer.SignInAsync(await app.CreateStaffAsync([Roles.ParticipationOfficer]));
        var details = await officer.GetAsync($"/staff/inspections/{id}");
        Assert.DoesNotContain("We have checked every action", details.Text);
        var officerToken = (await officer.GetAsync("/account/sign-out")).Form().QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        Assert.StartsWith("/account/access-denied", (await officer.PostAsync(checkedAll, [new("__RequestVerificationToken", officerToken)])).Location);
        Assert.Equal(HttpStatusCode.BadRequest, (await officer.PostAsync($"/staff/inspections/{id}/Fire",
            [new("Trigger", "ConfirmVerified"), new("Version", "0"), new("__RequestVerificationToken", officerToken)])).Status);
        var outsider = PageClient.For(app);
        await outsider.SignInAsync(await app.CreateStaffAsync([Roles.YoungInspector]));
        var outsiderToken = (await outsider.GetAsync("/account/sign-out")).Form().QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostAsync(checkedAll, [new("__RequestVerificationToken", outsiderToken)])).Status);
        Assert.StartsWith("/account/sign-in", (await PageClient.For(app).PostAsync(checkedAll, [])).Location);
        Assert.Equal(AuditStatus.ActionsInProgress, await StatusAsync(app, id));

        var done = await me.SubmitAsync(page.Document.QuerySelectorAll("form").OfType<AngleSharp.Html.Dom.IHtmlFormElement>()
            .Single(f => f.TextContent.Contains("We have checked every change")));
        Assert.Equal($"/inspectors/audits/{id}", done.Location);
        Assert.Equal(AuditStatus.Verified, await StatusAsync(app, id));
        Assert.True(await db.AuditEntries.AnyAsync(e => e.RecordType == "Audit" && e.RecordId == id.ToString() && e.ActorId == first.Id
            && e.Action == "We have checked every action: Actions in progress to Verified by young inspectors"));
        var after = await me.GetAsync(done.Location!);
        Assert.Contains("Thank you. You checked every change.", after.Text);
        Assert.Contains("You checked the changes", after.Text);
        Assert.DoesNotContain("We have checked every change", after.Text);
    }

    static async Task<AuditStatus> StatusAsync(VoiceApplication app, int id)
    {
        await using var db = app.NewDbContext();
        return await db.Audits.Where(a => a.Id == id).Select(a => a.Status).SingleAsync();
    }

    /// <summary>A published audit with one accepted recommendation whose action nobody has checked yet, and two young inspectors.</summary>
    static async Task<int> SeedActionsInProgressAsync(VoiceApplication app, params string[] inspectorIds)
    {
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        await using var db = app.NewDbContext();
        var audit = new Audit
        {
            Title = $"Letters {Guid.NewGuid():N}", Service = "Review letters", Topic = "communication", TemplateId = "letters-and-web-pages",
            Status = AuditStatus.ActionsInProgress, Scale = "1=Not good|2=OK|3=Good", PassMark = 2, PublishedAt = now,
            Inspectors = [.. inspectorIds.Select(i => new AuditInspector { UserId = i, DisplayName = "Inspector", ConsentRecordedAt = now, AddedAt = now })],
            Recommendations = [new AuditRecommendation { Number = 1, Text = "Say who to ring", WrittenById = inspectorIds[0], WrittenAt = now,
                Response = RecommendationResponse.Accepted, RespondedAt = now, RespondedByName = "A manager" }],
        };
        db.Audits.Add(audit);
        await db.SaveChangesAsync();
        db.AuditActions.Add(new AuditAction
        {
            AuditId = audit.Id, RecommendationId = audit.Recommendations[0].Id, What = "Put the worker's name and number on every letter",
            OwnerId = "owner", OwnerName = "A manager", AgreedOn = today, WorkingDays = 10, DueOn = today.AddDays(14), CalendarVersion = "test",
            SuccessMeasure = "Every letter has a name and number",
        });
        await db.SaveChangesAsync();
        return audit.Id;
    }
}
