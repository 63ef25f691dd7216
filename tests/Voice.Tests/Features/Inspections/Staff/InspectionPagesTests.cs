using System.Net;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Identity;
using Voice.Data.Inspections;
using Voice.Tests.Support;

namespace Voice.Tests.Areas.Staff.Inspections;

public class InspectionPagesTests
{
    static async Task<PageClient> SignedIn(VoiceApplication app, params string[] roles)
    {
        var client = PageClient.For(app);
        await client.SignInAsync(await app.CreateStaffAsync(roles));
        return client;
    }

    [Theory, BothDatabases]
    public async Task AServiceVisit_GoesFromProposalToThePublicPage_ThroughThePages(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var officer = await SignedIn(app, Roles.ParticipationOfficer);
        var inspectorAccount = await app.CreateStaffAsync([Roles.YoungInspector]);
        var manager = await app.CreateStaffAsync([Roles.ServiceManager]);
        var title = $"Visit {Guid.NewGuid():N}";

        var form = await officer.GetAsync("/staff/inspections/new");
        var bad = await officer.SubmitAsync(form.Form());
        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
        Assert.Contains("Select the kind of audit", bad.Errors);
        var created = await officer.SubmitAsync(form.Form(), ("TemplateId", "service-visit"), ("Title", title), ("Service", "Oak <b>House</b>"), ("Topic", "home"));
        await using var db = app.NewDbContext();
        var audit = await db.Audits.SingleAsync(a => a.Title == title);
        Assert.Equal($"/staff/inspections/{audit.Id}/plan", created.Location);

        var plan = await officer.GetAsync(created.Location!);
        var planned = await officer.SubmitAsync(plan.Form(), ("ItemsText", "Oak House"), ("From.Day", "1"), ("From.Month", "12"), ("From.Year", "2026"), ("To.Day", "5"), ("To.Month", "12"), ("To.Year", "2026"));
        Assert.Equal($"/staff/inspections/{audit.Id}", planned.Location);
        var team = await officer.GetAsync($"/staff/inspections/{audit.Id}/team");
        var noConsent = await officer.SubmitAsync(team.Form(), ("InspectorId", inspectorAccount.Id), ("ConsentNote", "Signed form"));
        Assert.Contains("Confirm that they agreed to take part", noConsent.Errors);
        await officer.SubmitAsync(team.Form(), ("InspectorId", inspectorAccount.Id), ("ConsentNote", "Signed form"), ("Consented", "yes"));
        foreach (var trigger in new[] { "ConfirmTeam", "StartFieldwork" })
            Assert.Equal(HttpStatusCode.Redirect, (await Fire(officer, audit.Id, trigger)).Status);

        var inspector = PageClient.For(app);
        await inspector.SignInAsync(inspectorAccount);
        Assert.Equal("/inspectors", (await inspector.GetAsync("/staff")).Location);
        var mine = await inspector.GetAsync($"/inspectors/audits/{audit.Id}");
        var start = mine.Document.QuerySelector("a.govuk-button")!.GetAttribute("href")!;
        var score = await inspector.GetAsync(start);
        Assert.Equal("Choose a score", (await inspector.SubmitAsync(score.Form(), ("Action", "next"))).Errors.Single());
        var next = await inspector.SubmitAsync(score.Form(), ("Score", "2"), ("Evidence", "Nobody said hello"), ("Action", "next"));
        Assert.NotEqual(start, next.Location);
        var autosave = await inspector.PostAsync(next.Location + "/autosave", [new("Evidence", "typed so far")], new Dictionary<string, string> { ["HX-Request"] = "true" });
        Assert.Equal(HttpStatusCode.BadRequest, autosave.Status); // no antiforgery token: refused
        var nextPage = await inspector.GetAsync(next.Location!);
        var token = nextPage.Form().QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var saved = await inspector.PostAsync(next.Location + "/autosave", [new("Evidence", "typed so far"), new("__RequestVerificationToken", token)], new Dictionary<string, string> { ["HX-Request"] = "true" });
        Assert.Equal("Saved", saved.Text.Trim());
        Assert.Equal(2, await db.AuditScores.CountAsync(s => s.AuditId == audit.Id));

        Assert.Equal(HttpStatusCode.Redirect, (await Fire(officer, audit.Id, "FinishFieldwork")).Status);
        var write = await inspector.GetAsync($"/inspectors/audits/{audit.Id}/write/recommendation");
        await inspector.SubmitAsync(write.Form(), ("Text", "Greet visitors at the door. Ring Sam on 07700 900123"));
        Assert.Equal(HttpStatusCode.Redirect, (await Fire(officer, audit.Id, "SendForFactualCheck")).Status);

        var sm = PageClient.For(app);
        await sm.SignInAsync(manager);
        Assert.Equal(HttpStatusCode.Redirect, (await Fire(sm, audit.Id, "ConfirmFacts")).Status);
        var rec = await db.AuditRecommendations.SingleAsync(r => r.AuditId == audit.Id);
        var respond = await sm.GetAsync($"/staff/inspections/{audit.Id}/recommendations/{rec.Id}");
        Assert.DoesNotContain("07700", respond.Text);
        var noAction = await sm.SubmitAsync(respond.Form(), ("Answer", "Accepted"));
        Assert.Contains("Enter what will be done", noAction.Errors);
        await sm.SubmitAsync(respond.Form(), ("Answer", "Accepted"), ("What", "A welcome rota"), ("OwnerId", manager.Id), ("WorkingDays", "10"), ("SuccessMeasure", "Every visitor greeted"));
        var action = await db.AuditActions.SingleAsync(a => a.AuditId == audit.Id);
        Assert.Equal(10, action.WorkingDays);
        Assert.True(action.DueOn > action.AgreedOn.AddDays(13));

        Assert.Equal(HttpStatusCode.Redirect, (await Fire(officer, audit.Id, "Publish")).Status);
        var report = await inspector.GetAsync($"/inspections/{audit.Id}/report/young-people");
        Assert.Equal(HttpStatusCode.OK, report.Status);
        Assert.Contains("A welcome rota", report.Text);
        var publicPage = await PageClient.For(app).GetAsync("/you-said-we-did?Topic=home");
        Assert.Contains("A welcome rota", publicPage.Text);
        Assert.DoesNotContain("07700", publicPage.Text);
        Assert.Contains("[phone number]", publicPage.Text);
        Assert.True(await db.AuditEntries.CountAsync(e => e.RecordType == "Audit" && e.RecordId == audit.Id.ToString()) >= 10);
    }

    internal static async Task<PageResult> Fire(PageClient client, int id, string trigger)
    {
        var page = await client.GetAsync($"/staff/inspections/{id}");
        var form = page.Document.QuerySelectorAll("form").OfType<AngleSharp.Html.Dom.IHtmlFormElement>()
            .Single(f => f.QuerySelector($"input[name=Trigger][value={trigger}]") is not null);
        return await client.SubmitAsync(form);
    }

    [Theory, BothDatabases]
    public async Task EveryNewPage_IsDeniedToTheWrongRoles(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        int id;
        await using (var db = app.NewDbContext())
        {
            var a = new Audit { Title = "Denied", Service = "S", Topic = "home", TemplateId = "service-visit", Status = AuditStatus.Proposed };
            db.Audits.Add(a);
            await db.SaveChangesAsync();
            id = a.Id;
        }
        string[] staffPages = ["/staff/inspections", "/staff/inspections/new", $"/staff/inspections/{id}", $"/staff/inspections/{id}/plan", $"/staff/inspections/{id}/team",
            "/staff/inspections/acted-on", "/staff/inspections/inspectors", "/staff/inspections/actions/1", $"/staff/inspections/{id}/recommendations/1"];
        string[] officerOnly = ["/staff/inspections/new", $"/staff/inspections/{id}/plan", $"/staff/inspections/{id}/team", "/staff/inspections/acted-on", "/staff/inspections/inspectors"];
        string[] inspectorPages = ["/inspectors", $"/inspectors/audits/{id}", $"/inspectors/audits/{id}/write/theme", $"/inspectors/audits/{id}/score/1/1", $"/inspectors/audits/{id}/actions/1"];

        foreach (var role in new[] { Roles.Practitioner, Roles.YoungInspector })
        {
            var client = await SignedIn(app, role);
            foreach (var url in staffPages) Assert.StartsWith("/account/access-denied", (await client.GetAsync(url)).Location);
        }
        var qa = await SignedIn(app, Roles.QaAnalyst);
        Assert.Equal(HttpStatusCode.OK, (await qa.GetAsync($"/staff/inspections/{id}")).Status);
        foreach (var url in officerOnly) Assert.StartsWith("/account/access-denied", (await qa.GetAsync(url)).Location);
        var manager = await SignedIn(app, Roles.ServiceManager);
        foreach (var url in officerOnly) Assert.StartsWith("/account/access-denied", (await manager.GetAsync(url)).Location);
        var officer = await SignedIn(app, Roles.ParticipationOfficer);
        Assert.StartsWith("/account/access-denied", (await officer.GetAsync($"/staff/inspections/{id}/recommendations/1")).Location);
        foreach (var url in inspectorPages) Assert.StartsWith("/account/access-denied", (await officer.GetAsync(url)).Location);
        // A young inspector not on the team sees nothing of the audit.
        var outsider = await SignedIn(app, Roles.YoungInspector);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/inspectors/audits/{id}")).Status);
        foreach (var url in staffPages.Concat(inspectorPages))
            Assert.StartsWith("/account/sign-in", (await PageClient.For(app).GetAsync(url)).Location);
        Assert.Equal(HttpStatusCode.OK, (await PageClient.For(app).GetAsync("/you-said-we-did")).Status);
    }
}
