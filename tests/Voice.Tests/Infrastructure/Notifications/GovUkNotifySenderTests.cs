using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Notify.Exceptions;
using Voice.Web.Infrastructure;
using Voice.Web.Infrastructure.Notifications;

namespace Voice.Tests.Infrastructure.Notifications;

/// <summary>The real GOV.UK Notify client, pointed at a local fake of Notify's API.</summary>
public class GovUkNotifySenderTests
{
    const string GeneralTemplate = "f33517ff-2a88-4f6e-b855-c550268ce08a";
    const string ReceivedTemplate = "0e1d6e31-8d0a-4d0f-9e0b-3f6b1a8c2d11";

    static GovUkNotifySender Sender(FakeNotifyApi notify, string apiKey = FakeNotifyApi.ApiKey)
    {
        var options = new VoiceOptions();
        options.Notifications.Mode = "Notify";
        options.Notifications.Notify.ApiKey = apiKey;
        options.Notifications.Notify.BaseUrl = notify.BaseUrl;
        options.Notifications.Notify.Templates["General"] = GeneralTemplate;
        options.Notifications.Notify.Templates["ComplaintReceived"] = ReceivedTemplate;
        return new GovUkNotifySender(Options.Create(options), NullLogger<GovUkNotifySender>.Instance);
    }

    [Fact]
    public async Task Email_UsesItsKindsTemplate_WithSubjectAndBody()
    {
        await using var notify = await FakeNotifyApi.StartAsync();
        await Sender(notify).SendAsync(new EmailMessage("parent@example.com", "We have received your complaint", "Thank you.") { Kind = "ComplaintReceived" });

        var sent = Assert.Single(notify.Requests);
        Assert.Equal("email", sent.Channel);
        Assert.Equal("parent@example.com", (string?)sent.Body["email_address"]);
        Assert.Equal(ReceivedTemplate, (string?)sent.Body["template_id"]);
        Assert.Equal("We have received your complaint", (string?)sent.Body["personalisation"]!["subject"]);
        Assert.Equal("Thank you.", (string?)sent.Body["personalisation"]!["body"]);
    }

    [Fact]
    public async Task Email_KindWithoutATemplate_UsesTheGeneralOne()
    {
        await using var notify = await FakeNotifyApi.StartAsync();
        await Sender(notify).SendAsync(new EmailMessage("someone@example.com", "Set your password", "Follow the link."));
        Assert.Equal(GeneralTemplate, (string?)Assert.Single(notify.Requests).Body["template_id"]);
    }

    [Fact]
    public async Task Email_WithAnotherServicesKey_IsRefused()
    {
        await using var notify = await FakeNotifyApi.StartAsync();
        var otherKey = "other-" + FakeNotifyApi.ServiceId + "-" + Guid.NewGuid();
        await Assert.ThrowsAsync<NotifyClientException>(() => Sender(notify, otherKey).SendAsync(new EmailMessage("a@example.com", "S", "B")));
        Assert.Empty(notify.Requests);
    }

    [Fact]
    public async Task TextMessage_GoesToTheMobileNumber()
    {
        await using var notify = await FakeNotifyApi.StartAsync();
        await Sender(notify).SendAsync(new TextMessage("07700900123", "Your complaint NCC-2026-00001 has a reply."));

        var sent = Assert.Single(notify.Requests);
        Assert.Equal("sms", sent.Channel);
        Assert.Equal("07700900123", (string?)sent.Body["phone_number"]);
        Assert.Equal("Your complaint NCC-2026-00001 has a reply.", (string?)sent.Body["personalisation"]!["body"]);
    }

    [Fact]
    public async Task Letter_ForAComplainantWithoutEmail_IsPostedToTheirAddress()
    {
        await using var notify = await FakeNotifyApi.StartAsync();
        await Sender(notify).SendAsync(new LetterMessage("Sam Jones", "12 Mill Lane, Northfield\nNF2 3AB", "We have received your complaint", "Thank you.") { Kind = "ComplaintReceived" });

        var sent = Assert.Single(notify.Requests);
        Assert.Equal("letter", sent.Channel);
        Assert.Equal(ReceivedTemplate, (string?)sent.Body["template_id"]);
        var p = sent.Body["personalisation"]!;
        Assert.Equal(["Sam Jones", "12 Mill Lane", "Northfield", "NF2 3AB"],
            Enumerable.Range(1, 4).Select(i => (string?)p[$"address_line_{i}"]));
        Assert.Null(p["address_line_5"]);
        Assert.Equal("Thank you.", (string?)p["body"]);
    }

    [Fact]
    public async Task Letter_WithTooShortAnAddress_IsNotSent()
    {
        await using var notify = await FakeNotifyApi.StartAsync();
        await Assert.ThrowsAsync<ArgumentException>(() => Sender(notify).SendAsync(new LetterMessage("Sam Jones", "NF2 3AB", "S", "B")));
        Assert.Empty(notify.Requests);
    }

    [Fact]
    public void AddressLines_MoreThanSeven_JoinTheSixth()
    {
        var lines = GovUkNotifySender.AddressLines("Sam", "Flat 2, 3 Court, Mill Lane, Old Town, Northfield, Shire, County, NF2 3AB");
        Assert.Equal(7, lines.Count);
        Assert.Equal("Northfield, Shire, County", lines[5]);
        Assert.Equal("NF2 3AB", lines[6]);
    }

    [Theory]
    [InlineData("Smtp", typeof(SmtpSender), false)]
    [InlineData("Notify", typeof(GovUkNotifySender), true)]
    public void Mode_ChoosesTheSenders_AndOnlyOffersChannelsItHas(string mode, Type email, bool lettersAndTexts)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddOptions<VoiceOptions>().Configure(o => o.Notifications.Mode = mode);
        NotificationsSetup.Add(services);
        using var sp = services.BuildServiceProvider();
        Assert.IsType(email, sp.GetRequiredService<INotificationSender>());
        Assert.Equal(lettersAndTexts, sp.GetService<ILetterSender>() is not null);
        Assert.Equal(lettersAndTexts, sp.GetService<ITextMessageSender>() is not null);
    }
}
