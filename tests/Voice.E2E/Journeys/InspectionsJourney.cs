using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Voice.Data;
using Voice.Data.Identity;
using Voice.Data.Inspections;
using Voice.E2E.Support;

namespace Voice.E2E.Journeys;

/// <summary>
/// A young inspector scores and writes findings on a phone with JavaScript off; staff move the
/// audit on to publishing; the public "You said, we did" page shows what changed. Every page is
/// axe-scanned. The rules themselves (who may do what, what is still missing) are page and unit
/// tests; this proves the pages work in a browser, end to end.
/// </summary>
public class InspectionsJourney
{
    static readonly Microsoft.Playwright.ViewportSize Phone = new() { Width = 390, Height = 844 };

    [Fact]
    public async Task AYoungInspectorScoresOnAPhone_StaffRespondAndPublish_AndThePublicPageShowsTheChange()
    {
        var app = await E2EApp.Shared;
        var (inspectorEmail, inspectorPassword, inspectorKey) = await app.CreateStaffAsync([Roles.YoungInspector], name: "Jo Inspector");
        var (officerEmail, officerPassword, officerKey) = await app.CreateStaffAsync([Roles.ParticipationOfficer], name: "Pat Officer");
        var managerName = $"Sam Manager {Guid.NewGuid().ToString("N")[..6]}";
        var (managerEmail, managerPassword, managerKey) = await app.CreateStaffAsync([Roles.ServiceManager], name: managerName);
        var title = $"Visit to Oak House {Guid.NewGuid().ToString("N")[..6]}";
        var id = await SeedFieldworkAsync(app, title, inspectorEmail);
        var action = $"A welcome rota in the hall ({Guid.NewGuid().ToString("N")[..6]})";

        // The young inspector, on a phone without JavaScript, scores both criteria.
        await using var inspector = await Journey.StartAsync(javaScript: false, Phone);
        await inspector.SignInAsync(inspectorEmail, inspectorPassword, inspectorKey!);
        await inspector.ExpectHeadingAsync("Your audits");
        await inspector.ClickLinkAsync($"Score what you see ({title})");
        await inspector.ExpectHeadingAsync(title);
        await inspector.ClickButtonAsync("Start scoring");
        await inspector.ExpectHeadingAsync("Were you made welcome?");
        Assert.True(await PhoneLayoutJourney.OverflowAsync(inspector) <= 0, "the scoring page is wider than a phone");
        await inspector.CheckAsync("Not good");
        await inspector.FillAsync("What did you see or hear? (optional)", "Nobody said hello when we arrived");
        await inspector.ClickButtonAsync("Save and next");
        await inspector.ExpectHeadingAsync("Could you find the house rules?");
        await inspector.CheckAsync("Good");
        await inspector.ClickButtonAsync("Save and next");
        await inspector.ExpectHeadingAsync(title);
        Assert.Contains("You have scored 2 of 2", await inspector.Page.Locator("main").InnerTextAsync());

        await using var officer = await Journey.StartAsync(javaScript: true);
        await officer.SignInAsync(officerEmail, officerPassword, officerKey!);
        await officer.GoToAsync($"/staff/inspections/{id}");
        await officer.ExpectHeadingAsync(title);
        await officer.ClickButtonAsync("Finish fieldwork and write findings");
        Assert.Contains("Writing findings", await officer.Page.Locator("main .govuk-tag").First.InnerTextAsync());

        // Back on the phone: the findings.
        await inspector.GoToAsync($"/inspectors/audits/{id}");
        await inspector.ClickLinkAsync("Add something you think should change");
        await inspector.ExpectHeadingAsync("What should change?");
        Assert.True(await PhoneLayoutJourney.OverflowAsync(inspector) <= 0, "the findings page is wider than a phone");
        await inspector.FillAsync("What should change?", "Someone should greet visitors at the door");
        await inspector.FillAsync("What did you see that made you think this? (optional)", "We waited outside for ten minutes");
        await inspector.ClickButtonAsync("Save");
        await inspector.ExpectHeadingAsync(title);
        Assert.Contains("Change 1: Someone should greet visitors at the door", await inspector.Page.Locator("main").InnerTextAsync());

        await officer.GoToAsync($"/staff/inspections/{id}");
        await officer.ClickButtonAsync("Send findings for a factual check");

        // The service manager checks the facts and accepts the recommendation with a SMART action.
        await using var manager = await Journey.StartAsync(javaScript: true);
        await manager.SignInAsync(managerEmail, managerPassword, managerKey!);
        await manager.GoToAsync($"/staff/inspections/{id}");
        await manager.ClickButtonAsync("The facts are right");
        await manager.ClickLinkAsync("Respond to recommendation 1");
        await manager.ExpectHeadingAsync("Respond to recommendation 1");
        await manager.CheckAsync("Accept");
        await manager.FillAsync("What will be done", action);
        await manager.CheckAsync(managerName);
        await manager.FillAsync("How many working days from today it will take", "10");
        await manager.FillAsync("How you will know it worked", "Every visitor is greeted within a minute");
        await manager.ClickButtonAsync("Save the response");
        await manager.ExpectHeadingAsync(title);

        await officer.GoToAsync($"/staff/inspections/{id}");
        await officer.ClickButtonAsync("Publish the reports");
        Assert.Contains("Published", await officer.Page.Locator("main .govuk-tag").First.InnerTextAsync());

        // Anyone can read what changed, filtered to the audit's topic.
        await using var visitor = await Journey.StartAsync(javaScript: false, Phone);
        await visitor.GoToAsync("/you-said-we-did");
        await visitor.ExpectHeadingAsync("You said, we did");
        await visitor.Page.GetByLabel("Topic", new() { Exact = true }).SelectOptionAsync(new Microsoft.Playwright.SelectOptionValue { Label = app.App.Services.GetRequiredService<InspectionTopics>().Name("home") });
        await visitor.ClickButtonAsync("Show");
        var said = await visitor.Page.Locator("main").InnerTextAsync();
        Assert.Contains(action, said);
        Assert.Contains("Someone should greet visitors at the door", said);
        Assert.True(await PhoneLayoutJourney.OverflowAsync(visitor) <= 0, "You said, we did is wider than a phone");
    }

    /// <summary>An audit already planned with its team, in fieldwork (the planning pages are covered by page tests).</summary>
    static async Task<int> SeedFieldworkAsync(E2EApp app, string title, string inspectorEmail)
    {
        using var scope = app.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<VoiceDbContext>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var inspector = await db.Users.SingleAsync(u => u.Email == inspectorEmail);
        var audit = new Audit
        {
            Title = title, Service = "Oak House children's home", Topic = "home", TemplateId = "service-visit", TemplateVersion = "e2e",
            Status = AuditStatus.Fieldwork, Scale = "1=Not good|2=OK|3=Good", PassMark = 2,
            FieldworkFrom = DateOnly.FromDateTime(now), FieldworkTo = DateOnly.FromDateTime(now).AddDays(7), ConsentPlan = "Signed forms",
            CreatedAt = now, UpdatedAt = now, CreatedByName = "E2E",
            Criteria =
            [
                new AuditCriterion { Order = 1, Key = "welcome", Text = "Were you made welcome?" },
                new AuditCriterion { Order = 2, Key = "rules", Text = "Could you find the house rules?" },
            ],
            Items = [new AuditItem { Order = 1, Name = "Oak House" }],
            Inspectors = [new AuditInspector { UserId = inspector.Id, DisplayName = inspector.DisplayName, ConsentRecordedAt = now, ConsentNote = "Signed form", ConsentRecordedByName = "E2E", AddedAt = now }],
        };
        db.Audits.Add(audit);
        await db.SaveChangesAsync();
        return audit.Id;
    }
}
