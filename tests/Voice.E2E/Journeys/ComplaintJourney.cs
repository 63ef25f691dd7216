using System.Text.RegularExpressions;
using Voice.Data.Identity;
using Voice.E2E.Support;
using Voice.Tests.Support;

namespace Voice.E2E.Journeys;

/// <summary>One class per JavaScript mode, so the two run in parallel.</summary>
public abstract partial class ComplaintJourney(bool javaScript)
{
    [Fact]
    public async Task Parent_Complains_StaffAcknowledgeExtendAndRespond_ParentAsksForStage2()
    {
        var app = await E2EApp.Shared;
        var parentEmail = $"parent-{Guid.NewGuid():N}@example.com";
        await using var parent = await Journey.StartAsync(javaScript);

        await parent.GoToAsync("/");
        await parent.ClickLinkAsync("Make a complaint");
        await parent.ExpectHeadingAsync("Make a complaint about children's services");
        await parent.ClickButtonAsync("Start now");

        await parent.ExpectHeadingAsync("Who is making the complaint?");
        await parent.ClickButtonAsync("Continue");
        Assert.Equal(["Select who is making the complaint"], await parent.ErrorSummaryAsync());
        await ScreenReader.AssertErrorsAnnouncedAsync(parent);
        await parent.CheckAsync("I am a parent or have parental responsibility");
        await parent.ClickButtonAsync("Continue");

        await parent.ExpectHeadingAsync("Which service is your complaint about?");
        await parent.CheckAsync("A child in care (looked after)");
        await parent.ClickButtonAsync("Continue");

        await parent.ExpectHeadingAsync("What happened?");
        await parent.ClickButtonAsync("Continue");
        await ScreenReader.AssertErrorsAnnouncedAsync(parent);
        await parent.FillAsync("What happened?", "My son's review meeting was cancelled three times and nobody told us why.");
        await parent.ClickButtonAsync("Continue");

        await parent.ExpectHeadingAsync("When did it happen?");
        var when = TimeProvider.System.GetUtcNow().UtcDateTime.AddDays(-14);
        await parent.FillAsync("Day", when.Day.ToString());
        await parent.FillAsync("Month", when.Month.ToString());
        await parent.FillAsync("Year", when.Year.ToString());
        await parent.ClickButtonAsync("Continue");

        await parent.ExpectHeadingAsync("What would you like to happen?");
        await parent.FillAsync("What would you like to happen?", "An apology and a new date for the review.");
        await parent.ClickButtonAsync("Continue");

        await parent.ExpectHeadingAsync("Do you need any help with your complaint?");
        await parent.CheckAsync("I do not need any help");
        await parent.ClickButtonAsync("Continue");

        await parent.ExpectHeadingAsync("Your contact details");
        await parent.FillAsync("Your name", "Pat Parent");
        await parent.FillAsync("Email address", parentEmail);
        await parent.CheckAsync("Email");
        await parent.ClickButtonAsync("Continue");

        await parent.ExpectHeadingAsync("Check your answers before sending your complaint");
        await parent.ClickButtonAsync("Send complaint");
        await parent.ExpectHeadingAsync("Complaint sent");
        var reference = (await parent.Page.Locator("#reference").InnerTextAsync()).Trim();
        Assert.Matches(@"^CMP-\d{4}-[A-Z2-9]{6}$", reference);
        var trackingLink = new Uri(Link().Match(parent.LatestEmailTo(parentEmail).Body).Value).PathAndQuery;

        // A complaints officer acknowledges, extends and responds.
        var (email, password, key) = await app.CreateStaffAsync([Roles.ComplaintsOfficer], name: "Olu Officer");
        await using var officer = await Journey.StartAsync(javaScript);
        await officer.SignInAsync(email, password, key!);
        await officer.ExpectHeadingAsync("Staff home");
        await officer.ClickLinkAsync("Complaints");
        await officer.ExpectHeadingAsync("Complaints");
        await officer.ClickLinkAsync(reference);
        await officer.ExpectHeadingAsync($"Complaint {reference}");

        await officer.ClickLinkAsync("Record the acknowledgement");
        await officer.ClickButtonAsync("Save");
        await officer.ExpectHeadingAsync($"Complaint {reference}");

        await officer.ClickLinkAsync("Extend the deadline");
        await officer.FillAsync("Extend by (working days)", "11");
        await officer.FillAsync("Reason (the complainant will see this)", "We need to speak to the reviewing officer and two teams.");
        await officer.ClickButtonAsync("Save");
        Assert.Equal(["You can extend by at most 10 more working days: Stage 1 response cannot take more than 20 working days"], await officer.ErrorSummaryAsync());
        await officer.FillAsync("Extend by (working days)", "5");
        await officer.ClickButtonAsync("Save");
        Assert.Contains("Extended by 5 working days", await officer.Page.Locator(".govuk-notification-banner").InnerTextAsync());
        Assert.StartsWith("We need more time", parent.LatestEmailTo(parentEmail).Subject);

        await officer.ClickLinkAsync("Add a complaint point");
        await officer.FillAsync("Complaint point", "Review meetings were cancelled without notice");
        await officer.ClickButtonAsync("Save");

        await officer.ClickLinkAsync("Record the response");
        await officer.CheckAsync("Upheld");
        await officer.FillAsync("Summary of the response", "We are sorry. The review is now booked and meetings will not be cancelled without notice.");
        await officer.ClickButtonAsync("Save");
        Assert.Contains("Stage 1 response recorded", await officer.Page.Locator(".govuk-notification-banner").InnerTextAsync());

        // The parent is not happy and asks for Stage 2 through the private link.
        await parent.GoToAsync(trackingLink);
        await parent.ExpectHeadingAsync(reference);
        await parent.FillAsync("Why are you not happy with our response?", "The review has been booked but nobody has explained why it was cancelled.");
        await parent.ClickButtonAsync("Ask for Stage 2");
        Assert.Contains("We have your request for Stage 2", await parent.Page.Locator(".govuk-notification-banner").InnerTextAsync());
        Assert.Contains("Stage 2", await parent.Page.Locator(".govuk-summary-list").InnerTextAsync());
    }

    [GeneratedRegex(@"https?://\S+/complaints/track\S*")]
    private static partial Regex Link();
}

public class ComplaintJourneyWithJavaScript() : ComplaintJourney(javaScript: true);

public class ComplaintJourneyWithoutJavaScript() : ComplaintJourney(javaScript: false);
