using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;
using Voice.Web.Infrastructure;
using Voice.Web.Infrastructure.Notifications;

namespace Voice.Tests.Infrastructure.Notifications;

public class SmtpSenderTests
{
    [Fact]
    public async Task Send_DeliversTheMessageToTheSmtpServer()
    {
        await using var sink = new SmtpSink();
        var options = new VoiceOptions();
        options.Notifications.SmtpHost = "127.0.0.1";
        options.Notifications.SmtpPort = sink.Port;
        options.Notifications.SmtpSsl = false;
        options.Notifications.From = "voice@northfield.example";
        var sender = new SmtpSender(Options.Create(options), NullLogger<SmtpSender>.Instance);

        await sender.SendAsync(new EmailMessage("parent@example.com", "We have received your complaint", "Dear parent,\n\nThank you – we will reply by 3 March."));

        var received = Assert.Single(sink.Messages);
        Assert.Equal("voice@northfield.example", received.From);
        Assert.Equal(["parent@example.com"], received.To);
        var mail = await MimeMessage.LoadAsync(new MemoryStream(Encoding.UTF8.GetBytes(received.Data)));
        Assert.Equal("We have received your complaint", mail.Subject);
        Assert.Contains("Thank you – we will reply by 3 March.", mail.TextBody);
    }
}
