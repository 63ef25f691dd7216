using System.Net;
using Microsoft.EntityFrameworkCore;
using Voice.Data;
using Voice.Data.Feedback.Views;
using Voice.Data.Identity;
using Voice.Tests.Complaints;
using Voice.Tests.Support;

namespace Voice.Tests.Areas.Staff.Safeguarding;

/// <summary>The record page posts each flag's version: two duty officers deciding one record cannot overwrite each other.</summary>
public class SafeguardingRecordConflictTests
{
    [Theory, BothDatabases]
    public async Task TwoDutyOfficers_DecideOneRecord_TheSecondGetsTheConflictPage_AndTheFirstDecisionStands(DatabaseProvider provider)
    {
        var app = await TestApps.Get(provider);
        var complaint = await ComplaintKit.SubmitOnlineAsync(PageClient.For(app), description: "my carer hits me and I am scared to go back there tonight");
        SafeguardingFlag flag;
        await using (var db = app.NewDbContext())
            flag = await db.SafeguardingFlags.SingleAsync(f => f.SourceLabel == $"Complaint {complaint.Reference}");
        var url = $"/staff/safeguarding/record/{flag.Source}/{flag.SourceRecord}";

        var first = PageClient.For(app);
        await first.SignInAsync(await app.CreateStaffAsync([Roles.SafeguardingDuty]));
        var second = PageClient.For(app);
        await second.SignInAsync(await app.CreateStaffAsync([Roles.SafeguardingDuty]));
        var firstForm = await first.GetAsync(url);
        var secondForm = await second.GetAsync(url);   // both open the record...

        var decided = await first.SubmitAsync(firstForm.Form("main form"), ("Decision", "AlreadyKnown"), ("Note", "Known to the team; plan in place"));
        Assert.Equal(HttpStatusCode.Redirect, decided.Status);
        var late = await second.SubmitAsync(secondForm.Form("main form"), ("Decision", "NoConcern"), ("Note", "Nothing here"));   // ...and the second sends after

        Assert.Equal(HttpStatusCode.Conflict, late.Status);
        Assert.Equal("Someone else changed this while you were working on it", late.Document.QuerySelector("h1")!.TextContent);
        await using var check = app.NewDbContext();
        var saved = await check.SafeguardingFlags.SingleAsync(f => f.Id == flag.Id);
        Assert.Equal((FlagDecision.AlreadyKnown, "Known to the team; plan in place"), (saved.Decision!.Value, saved.DecisionNote!));
    }
}
