using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Voice.Web.Infrastructure.Notifications;

/// <summary>Sends email through the council's SMTP relay with MailKit.</summary>
public class SmtpSender(IOptions<VoiceOptions> options, ILogger<SmtpSender> log) : INotificationSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken ct = default)
    {
        var o = options.Value.Notifications;
        var mail = new MimeMessage();
        mail.From.Add(MailboxAddress.Parse(o.From));
        mail.To.Add(MailboxAddress.Parse(message.To));
        mail.Subject = message.Subject;
        mail.Body = new TextPart("plain") { Text = message.Body };

        using var client = new SmtpClient();
        // SmtpSsl: TLS from the first byte on port 465, otherwise STARTTLS (required, not hoped for).
        var security = !o.SmtpSsl ? SecureSocketOptions.None : o.SmtpPort == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;
        await client.ConnectAsync(o.SmtpHost ?? throw new InvalidOperationException("Voice:Notifications:SmtpHost is required when Voice:Notifications:Mode is Smtp"), o.SmtpPort, security, ct);
        if (!string.IsNullOrEmpty(o.SmtpUser)) await client.AuthenticateAsync(o.SmtpUser, o.SmtpPassword ?? "", ct);
        await client.SendAsync(mail, ct);
        await client.DisconnectAsync(true, ct);
        log.LogInformation("Email {Kind} sent by SMTP", message.Kind);
    }
}
