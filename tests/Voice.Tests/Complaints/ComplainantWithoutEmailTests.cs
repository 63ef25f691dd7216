using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Voice.Data;
using Voice.Data.Audit;
using Voice.Data.Complaints;
using Voice.Data.Outbox;
using Voice.Tests.Infrastructure.Notifications;
using Voice.Tests.Support;
using Voice.Web.Infrastructure.Notifications;
using Voice.Web.Features.Complaints;
using Voice.Web.Features.Complaints.New;

namespace Voice.Tests.Complaints;

/// <summary>
/// Complainants who gave no email address still hear from us: the acknowledgement and every
/// later message go through the outbox as a letter (or a text message when all they gave is a
/// phone number), sent by the real GOV.UK Notify client to a local fake of Notify's API.
/// </summary>
public class ComplainantWithoutEmailTests
{
    const string General = "f33517ff-2a88-4f6e-b855-c550268ce08a";
    const string Received = "0e1d6e31-8d0a-4d0f-9e0b-3f6b1a8c2d11";
    const string Update = "6b7e2c1a-4f3d-4a9e-8c2b-1d0e9f8a7b6c";

    static Task<VoiceApplication> StartAsync(FakeNotifyApi notify) =>
        VoiceApplication.StartAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?>
        {
            ["Voice:Notifications:Mode"] = "Notify",
            ["Voice:Notifications:Notify:ApiKey"] = FakeNotifyApi.ApiKey,
            ["Voice:Notifications:Notify:BaseUrl"] = notify.BaseUrl,
            ["Voice:Notifications:Notify:Templates:General"] = General,
            ["Voice:Notifications:Notify:Templates:complaint-received"] = Received,
            ["Voice:Notifications:Notify:Templates:complaint-update"] = Update,
        });

    static async Task<ComplaintIntake.Result> SubmitAsync(VoiceApplication app, string? email, string? phone, string? address,
        ContactPreference preference = ContactPreference.Email)
    {
        using var scope = app.Services.CreateScope();
        var today = ComplaintKit.Today(app);
        var state = new NewComplaintState
        {
            Who = ComplainantType.Parent, Service = "looked-after", Description = "The plan was not followed", HappenedOn = today.AddDays(-10),
            WantedOutcome = "An apology", HelpAnswered = true, Name = "Sam Jones", Email = email, Phone = phone, Address = address, Preference = preference,
        };
        return await scope.ServiceProvider.GetRequiredService<ComplaintIntake>()
            .SubmitAsync(state, ReceivedChannel.Phone, today, null, AuditActor.System, CancellationToken.None);
    }

    static async Task DispatchAsync(VoiceApplication app)
    {
        using var scope = app.Services.CreateScope();
        await OutboxDispatcher.DispatchAsync(scope.ServiceProvider, default, "test-node");
    }

    static async Task<List<OutboxMessage>> MessagesAsync(VoiceApplication app, string kind)
    {
        await using var db = app.NewDbContext();
        return await db.OutboxMessages.AsNoTracking().Where(m => m.Kind == kind).OrderBy(m => m.Id).ToListAsync();
    }

    [Fact]
    public async Task NoEmailButAnAddress_TheAcknowledgementIsPostedWithItsTemplate_AndCarriesTheTrackingCode()
    {
        await using var notify = await FakeNotifyApi.StartAsync();
        await using var app = await StartAsync(notify);
        var result = await SubmitAsync(app, email: null, phone: null, address: "12 Mill Lane\nNorthfield\nNF2 3AB");

        await DispatchAsync(app);

        var queued = Assert.Single(await MessagesAsync(app, "complaint-received"));
        Assert.Equal(OutboxChannels.Letter, queued.Channel);
        Assert.Equal(OutboxStatus.Sent, queued.Status);
        var letter = Assert.Single(notify.Requests, r => r.Channel == "letter");
        Assert.Equal(Received, (string?)letter.Body["template_id"]);
        var p = letter.Body["personalisation"]!;
        Assert.Equal(["Sam Jones", "12 Mill Lane", "Northfield", "NF2 3AB"],
            Enumerable.Range(1, 4).Select(i => (string?)p[$"address_line_{i}"]));
        var body = (string)p["body"]!;
        Assert.Contains(result.Complaint.Reference, body);
        Assert.Contains(result.TrackingCode!, body);
        Assert.Contains("Keep this letter safe", body);
        Assert.DoesNotContain(notify.Requests, r => r.Channel == "email");
    }

    [Fact]
    public async Task NoEmailButAnAddress_LaterMessagesToTheComplainantArePostedToo()
    {
        await using var notify = await FakeNotifyApi.StartAsync();
        await using var app = await StartAsync(notify);
        var result = await SubmitAsync(app, email: null, phone: "07700900123", address: "12 Mill Lane, Northfield, NF2 3AB");
        using (var scope = app.Services.CreateScope())
        {
            var work = scope.ServiceProvider.GetRequiredService<ComplaintWork>();
            var db = scope.ServiceProvider.GetRequiredService<Voice.Data.VoiceDbContext>();
            var complaint = await db.Complaints.SingleAsync(c => c.Id == result.Complaint.Id);
            work.TellComplainant(complaint, "complaint-update", new ComplainantLetter("email.subject.response", complaint.Reference).AsWritten("We have written our response."));
            await db.SaveChangesAsync();
        }

        await DispatchAsync(app);

        var letters = notify.Requests.Where(r => r.Channel == "letter").ToList();
        Assert.Equal(2, letters.Count);
        var update = Assert.Single(letters, l => (string?)l.Body["template_id"] == Update);
        Assert.Contains("We have written our response.", (string)update.Body["personalisation"]!["body"]!);
        Assert.Contains("our first letter", (string)update.Body["personalisation"]!["body"]!);
    }

    [Fact]
    public async Task OnlyAPhoneNumber_TheAcknowledgementIsATextMessage()
    {
        await using var notify = await FakeNotifyApi.StartAsync();
        await using var app = await StartAsync(notify);
        var result = await SubmitAsync(app, email: null, phone: "07700900123", address: null, preference: ContactPreference.Phone);

        await DispatchAsync(app);

        var text = Assert.Single(notify.Requests);
        Assert.Equal("sms", text.Channel);
        Assert.Equal("07700900123", (string?)text.Body["phone_number"]);
        Assert.Equal(Received, (string?)text.Body["template_id"]);
        Assert.Contains(result.Complaint.Reference, (string)text.Body["personalisation"]!["body"]!);
    }

    [Fact]
    public async Task EmailAndAddressButAskedForPost_GetsALetter_OtherwiseAnEmail()
    {
        await using var notify = await FakeNotifyApi.StartAsync();
        await using var app = await StartAsync(notify);
        await SubmitAsync(app, "post@example.com", null, "1 High Street\nNorthfield\nNF1 1AA", ContactPreference.Post);
        await SubmitAsync(app, "mail@example.com", null, "2 High Street\nNorthfield\nNF1 1AB", ContactPreference.Email);

        await DispatchAsync(app);

        var letter = Assert.Single(notify.Requests, r => r.Channel == "letter");
        Assert.Equal("1 High Street", (string?)letter.Body["personalisation"]!["address_line_2"]);
        var email = Assert.Single(notify.Requests, r => r.Channel == "email");
        Assert.Equal("mail@example.com", (string?)email.Body["email_address"]);
        Assert.Equal(Received, (string?)email.Body["template_id"]);
    }

    [Fact]
    public async Task ALetterInAModeThatCannotPostOne_IsRetriedAndNotLostSilently()
    {
        await using var app = await VoiceApplication.StartAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?>
        {
            ["Voice:Notifications:Mode"] = "Smtp",
            ["Voice:Notifications:SmtpHost"] = "127.0.0.1",
        });
        await SubmitAsync(app, email: null, phone: null, address: "12 Mill Lane\nNorthfield\nNF2 3AB");

        await DispatchAsync(app);

        var queued = Assert.Single(await MessagesAsync(app, "complaint-received"));
        Assert.Equal(OutboxStatus.Pending, queued.Status);
        Assert.Equal(1, queued.Attempts);
        Assert.Contains("cannot send letters", queued.LastError);
    }
}
