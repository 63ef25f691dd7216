using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Voice.Data;
using Voice.Data.Identity;
using Voice.Data.Inspections;
using Voice.E2E.Support;

namespace Voice.E2E.Journeys;

/// <summary>
/// Two young inspectors score one visit on their phones (one with JavaScript off, one with it on)
/// and write findings, each seeing the other's; staff move the audit on to publishing; the young
/// inspectors check the action happened and confirm it for the team; the public "You said, we
/// did" page shows the change and that it was checked. Every page is axe-scanned. The rules
/// themselves (who may do what, what is still missing) are page and unit tests; this proves the
/// pages work in a browser, end to end.
/// </summary>
public class InspectionsJourney
{
    static readonly Microsoft.Playwright.ViewportSize Phone = new() { Width = 390, Height = 844 };

    [Fact]
    public async Task TwoYoungInspectorsScoreOnPhones_StaffRespondAndPublish_TheInspectorsVerify_AndThePublicPageShowsTheChange()
    {
        var app = await E2EApp.Shared;
        var (inspectorEmail, inspectorPassword, inspectorKey) = await app.CreateStaffAsync([Roles.YoungInspector], name: "Jo Inspector");
        var (secondEmail, secondPassword, secondKey) = await app.CreateStaffAsync([Roles.YoungInspector], name: "Kit Inspector");
        var (officerEmail, officerPassword, officerKey) = await app.CreateStaffAsync([Roles.ParticipationOfficer], name: "Pat Officer");
        var managerName = $"Sam Manager {Guid.NewGuid().ToString("N")[..6]}";
        var (managerEmail, managerPassword, managerKey) = await app.CreateStaffAsync([Roles.ServiceManager], name: managerName);
        var title = $"Visit to Oak House {Guid.NewGuid().ToString("N")[..6]}";
        var id = await SeedFieldworkAsync(app, title, inspectorEmail, secondEmail);
        var action = $"A welcome rota in the hall ({Guid.NewGuid().ToString("N")[..6]})";

        // The first young inspector, on a phone without JavaScript, scores both criteria.
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

        // The second young inspector, on a phone with JavaScript, scores the same visit: their own scores, not the first one's.
        await using var second = await Journey.StartAsync(javaScript: true, Phone);
        await second.SignInAsync(secondEmail, secondPassword, secondKey!);
        await second.ExpectHeadingAsync("Your audits");
        await second.ClickLinkAsync($"Score what you see ({title})");
        Assert.Contains("You have scored 0 of 2", await second.Page.Locator("main").InnerTextAsync());
        await second.ClickButtonAsync("Start scoring");
        await second.ExpectHeadingAsync("Were you made welcome?");
        await second.CheckAsync("OK");
        await second.ClickButtonAsync("Save and next");
        await second.ExpectHeadingAsync("Could you find the house rules?");
        await second.CheckAsync("Good");
        await second.ClickButtonAsync("Save and next");
        Assert.Contains("You have scored 2 of 2", await second.Page.Locator("main").InnerTextAsync());

        await using var officer = await Journey.StartAsync(javaScript: true);
        await officer.SignInAsync(officerEmail, officerPassword, officerKey!);
        await officer.GoToAsync($"/staff/inspections/{id}");
        await officer.ExpectHeadingAsync(title);
        var team = await officer.Page.Locator("main").InnerTextAsync();
        Assert.Contains("Jo Inspector: 2 of 2 scored", team);
        Assert.Contains("Kit Inspector: 2 of 2 scored", team);
        await officer.ClickButtonAsync("Finish fieldwork and write findings");
        Assert.Contains("Writing findings", await officer.Page.Locator("main .govuk-tag").First.InnerTextAsync());

        // Findings: each writes something, and each sees what the other wrote.
        await second.GoToAsync($"/inspectors/audits/{id}");
        await second.ClickLinkAsync("Add something you noticed");
        await second.ExpectHeadingAsync("What did you notice?");
        await second.FillAsync("What did you notice?", "The house rules were on the fridge where everyone could see them");
        await second.ClickButtonAsync("Save");
        await second.ExpectHeadingAsync(title);
        await inspector.GoToAsync($"/inspectors/audits/{id}");
        Assert.Contains("We noticed: The house rules were on the fridge where everyone could see them", await inspector.Page.Locator("main").InnerTextAsync());
        await inspector.ClickLinkAsync("Add something you think should change");
        await inspector.ExpectHeadingAsync("What should change?");
        Assert.True(await PhoneLayoutJourney.OverflowAsync(inspector) <= 0, "the findings page is wider than a phone");
        await inspector.FillAsync("What should change?", "Someone should greet visitors at the door");
        await inspector.FillAsync("What did you see that made you think this? (optional)", "We waited outside for ten minutes");
        await inspector.ClickButtonAsync("Save");
        await inspector.ExpectHeadingAsync(title);
        Assert.Contains("Change 1: Someone should greet visitors at the door", await inspector.Page.Locator("main").InnerTextAsync());
        await second.GoToAsync($"/inspectors/audits/{id}");
        var written = await second.Page.Locator("main").InnerTextAsync();
        Assert.Contains("Change 1: Someone should greet visitors at the door", written);
        Assert.Contains("We noticed: The house rules were on the fridge", written);

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
        await officer.ClickButtonAsync("Start the actions");
        Assert.Contains("Actions in progress", await officer.Page.Locator("main .govuk-tag").First.InnerTextAsync());

        // The second young inspector checks the action happened; the first sees it and confirms for the team.
        await second.GoToAsync($"/inspectors/audits/{id}");
        await second.ExpectHeadingAsync(title);
        await second.ClickLinkAsync(action);
        await second.ExpectHeadingAsync("Did it happen?");
        Assert.True(await PhoneLayoutJourney.OverflowAsync(second) <= 0, "the checking page is wider than a phone");
        await second.CheckAsync("Yes, it happened");
        await second.FillAsync("How do you know?", "A member of staff opened the door and said hello to us");
        await second.ClickButtonAsync("Save");
        await second.ExpectHeadingAsync(title);
        Assert.Contains("Saved. Thank you for checking.", await second.Page.Locator("main").InnerTextAsync());
        await inspector.GoToAsync($"/inspectors/audits/{id}");
        Assert.Contains($"{action} (yes, it happened)", await inspector.Page.Locator("main").InnerTextAsync());
        await inspector.ClickButtonAsync("We have checked every change");
        await inspector.ExpectHeadingAsync(title);
        var verified = await inspector.Page.Locator("main").InnerTextAsync();
        Assert.Contains("Thank you. You checked every change.", verified);
        Assert.Contains("You checked the changes", verified);

        // Anyone can read what changed, and that the young inspectors checked it, filtered to the audit's topic.
        await using var visitor = await Journey.StartAsync(javaScript: false, Phone);
        await visitor.GoToAsync("/you-said-we-did");
        await visitor.ExpectHeadingAsync("You said, we did");
        await visitor.Page.GetByLabel("Topic", new() { Exact = true }).SelectOptionAsync(new Microsoft.Playwright.SelectOptionValue { Label = app.App.Services.GetRequiredService<InspectionTopics>().Name("home") });
        await visitor.ClickButtonAsync("Show");
        var card = await visitor.Page.Locator(".voice-said-did", new() { HasText = action }).InnerTextAsync();
        Assert.Contains("Someone should greet visitors at the door", card);
        Assert.Contains("Checked by young inspectors: yes, it happened", card);
        Assert.True(await PhoneLayoutJourney.OverflowAsync(visitor) <= 0, "You said, we did is wider than a phone");
        // ...and on a computer, with JavaScript.
        await officer.GoToAsync("/you-said-we-did");
        await officer.ExpectHeadingAsync("You said, we did");
    }

    /// <summary>An audit already planned with its team, in fieldwork (the planning pages are covered by page tests).</summary>
    static async Task<int> SeedFieldworkAsync(E2EApp app, string title, params string[] inspectorEmails)
    {
        using var scope = app.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<VoiceDbContext>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var inspectors = await db.Users.Where(u => inspectorEmails.Contains(u.Email!)).ToListAsync();
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
            Inspectors = [.. inspectors.Select(i => new AuditInspector { UserId = i.Id, DisplayName = i.DisplayName, ConsentRecordedAt = now, ConsentNote = "Signed form", ConsentRecordedByName = "E2E", AddedAt = now })],
        };
        db.Audits.Add(audit);
        await db.SaveChangesAsync();
        return audit.Id;
    }
}
