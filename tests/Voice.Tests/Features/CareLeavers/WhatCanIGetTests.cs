using System.Net;
using Voice.Data;
using Voice.Tests.Support;

namespace Voice.Tests.Pages.CareLeavers;

public class WhatCanIGetTests
{
    static async Task<(PageClient Client, VoiceApplication App)> Start()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        return (PageClient.For(app), app);
    }

    static (string, string)[] Dob(DateOnly d) => [("DateOfBirth.Day", d.Day.ToString()), ("DateOfBirth.Month", d.Month.ToString()), ("DateOfBirth.Year", d.Year.ToString())];

    static DateOnly Today(VoiceApplication app) => DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);

    static async Task<PageResult> Answer(PageClient client, PageResult page, string value)
    {
        var next = await client.SubmitAsync(page.Form(), ("Answer", value));
        Assert.Equal(HttpStatusCode.Redirect, next.Status);
        return await client.GetAsync(next.Location!);
    }

    [Fact]
    public async Task NineteenYearOld_WhoMetTheTest_IsLikelyFormerRelevant_WithLinkedEntitlements()
    {
        var (client, app) = await Start();
        var start = await client.GetAsync("/care-leavers/what-can-i-get");
        Assert.Equal(HttpStatusCode.OK, start.Status);
        var dobPage = await client.GetAsync(start.Document.QuerySelector("a.govuk-button--start")!.GetAttribute("href")!);
        Assert.Equal("What is your date of birth?", dobPage.Document.QuerySelector("h1")!.TextContent.Trim());

        var afterDob = await client.SubmitAsync(dobPage.Form(), Dob(Today(app).AddYears(-19).AddDays(-3)));
        Assert.StartsWith("/care-leavers/what-can-i-get/time-since-14?a=", afterDob.Location);
        Assert.DoesNotContain(Today(app).AddYears(-19).Year.ToString(), afterDob.Location); // the date of birth is not readable in the address

        var page = await client.GetAsync(afterDob.Location!);
        page = await Answer(client, page, "ThirteenWeeksOrMore");
        Assert.Equal("Were you in care at any time after your 16th birthday?", page.Document.QuerySelector("h1")!.TextContent.Trim());
        page = await Answer(client, page, "Yes");
        page = await Answer(client, page, "At18OrLater");
        page = await Answer(client, page, "No"); // special guardianship
        page = await Answer(client, page, "No"); // privately fostered
        page = await Answer(client, page, "Yes"); // education
        Assert.Equal("Check your answers", page.Document.QuerySelector("h1")!.TextContent);
        Assert.Equal(7, page.Document.QuerySelectorAll(".govuk-summary-list__row").Length);

        var result = await client.GetAsync(page.Document.QuerySelector("a.govuk-button")!.GetAttribute("href")!);
        Assert.Equal("You are likely to be a former relevant care leaver", result.Document.QuerySelector("h1")!.TextContent);
        Assert.Contains("your personal adviser or the leaving care team will confirm", result.Text, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(result.Document.QuerySelector("a[href='/care-leavers/education/higher-education-bursary']"));
        Assert.NotNull(result.Document.QuerySelector("a[href='/care-leavers/personal-adviser-and-pathway-plan/your-personal-adviser']"));
    }

    [Fact]
    public async Task NotSure_GivesNoConfidentResult()
    {
        var (client, app) = await Start();
        var page = await client.GetAsync("/care-leavers/what-can-i-get/date-of-birth");
        page = await client.FollowAsync(await client.SubmitAsync(page.Form(), Dob(Today(app).AddYears(-17))));
        Assert.Equal("Are you in care now?", page.Document.QuerySelector("h1")!.TextContent.Trim());
        page = await Answer(client, page, "NotSure");
        page = await Answer(client, page, "NotSure");
        page = await Answer(client, page, "NotSure");
        page = await Answer(client, page, "NotSure");
        page = await Answer(client, page, "No");
        page = await Answer(client, page, "No");
        page = await Answer(client, page, "No");
        var result = await client.GetAsync(page.Document.QuerySelector("a.govuk-button")!.GetAttribute("href")!);
        Assert.Equal("We cannot tell from your answers", result.Document.QuerySelector("h1")!.TextContent);
        Assert.Contains("What you might be able to get", result.Text);
    }

    [Fact]
    public async Task Under16_IsExplained()
    {
        var (client, app) = await Start();
        var page = await client.GetAsync("/care-leavers/what-can-i-get/date-of-birth");
        var after = await client.SubmitAsync(page.Form(), Dob(Today(app).AddYears(-15)));
        Assert.StartsWith("/care-leavers/what-can-i-get/check-answers", after.Location);
        var check = await client.FollowAsync(after);
        var result = await client.GetAsync(check.Document.QuerySelector("a.govuk-button")!.GetAttribute("href")!);
        Assert.Equal("This checker is for people aged 16 to 25", result.Document.QuerySelector("h1")!.TextContent);
        Assert.Contains("You are 15", result.Text);
    }

    [Theory]
    [InlineData("31", "2", "2005", "Date of birth must be a real date")]
    [InlineData("", "", "", "Enter date of birth")]
    [InlineData("1", "", "2005", "Date of birth must include a month")]
    [InlineData("1", "1", "1850", "Date of birth must be after")]
    public async Task BadDates_AreExplained(string day, string month, string year, string error)
    {
        var (client, _) = await Start();
        var page = await client.GetAsync("/care-leavers/what-can-i-get/date-of-birth");
        var result = await client.SubmitAsync(page.Form(), ("DateOfBirth.Day", day), ("DateOfBirth.Month", month), ("DateOfBirth.Year", year));
        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.StartsWith("Error: ", result.Title);
        Assert.StartsWith(error, Assert.Single(result.Errors));
    }

    [Fact]
    public async Task FutureDate_IsExplained()
    {
        var (client, app) = await Start();
        var page = await client.GetAsync("/care-leavers/what-can-i-get/date-of-birth");
        var result = await client.SubmitAsync(page.Form(), Dob(Today(app).AddDays(2)));
        Assert.Equal(["Date of birth must be in the past"], result.Errors);
    }

    [Fact]
    public async Task NoAnswer_IsAnError_OnTheSameQuestion()
    {
        var (client, app) = await Start();
        var page = await client.GetAsync("/care-leavers/what-can-i-get/date-of-birth");
        page = await client.FollowAsync(await client.SubmitAsync(page.Form(), Dob(Today(app).AddYears(-20))));
        var result = await client.SubmitAsync(page.Form());
        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal(["Select how long you have been in care since your 14th birthday"], result.Errors);
        Assert.Equal("Select how long you have been in care since your 14th birthday", result.FieldError("Answer"));
    }

    [Fact]
    public async Task TamperedOrMissingAnswers_StartAgain()
    {
        var (client, _) = await Start();
        var result = await client.GetAsync("/care-leavers/what-can-i-get/result?a=not-a-real-token");
        Assert.Equal("/care-leavers/what-can-i-get/date-of-birth", result.Location);
        var question = await client.GetAsync("/care-leavers/what-can-i-get/education");
        Assert.Equal("/care-leavers/what-can-i-get/date-of-birth", question.Location);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/care-leavers/what-can-i-get/no-such-question")).Status);
    }
}
