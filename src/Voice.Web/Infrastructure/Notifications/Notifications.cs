using System.Net;
using System.Net.Mail;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Voice.Web.Infrastructure.Notifications;

public record EmailMessage(string To, string Subject, string Body);

/// <summary>Sends emails. The file outbox is for development and tests; SMTP for real use.</summary>
public interface INotificationSender
{
    Task SendAsync(EmailMessage message, CancellationToken ct = default);
}

/// <summary>Writes each message as a JSON file in the outbox folder, newest last by name.</summary>
public class FileOutboxSender(string folder, TimeProvider clock, ILogger<FileOutboxSender> log) : INotificationSender
{
    public string Folder { get; } = folder;

    public async Task SendAsync(EmailMessage message, CancellationToken ct = default)
    {
        Directory.CreateDirectory(Folder);
        var name = $"{clock.GetUtcNow():yyyyMMddTHHmmssfff}-{Guid.NewGuid():N}.json";
        await File.WriteAllTextAsync(Path.Combine(Folder, name), JsonSerializer.Serialize(message), ct);
        log.LogInformation("Email {Subject} written to the outbox as {File}", message.Subject, name);
    }

    public static IReadOnlyList<EmailMessage> Read(string folder) =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal)
                .Select(f => JsonSerializer.Deserialize<EmailMessage>(File.ReadAllText(f))!).ToList()
            : [];
}

public class SmtpSender(IOptions<VoiceOptions> options, ILogger<SmtpSender> log) : INotificationSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken ct = default)
    {
        var o = options.Value.Notifications;
        using var client = new SmtpClient(o.SmtpHost, o.SmtpPort) { EnableSsl = o.SmtpSsl };
        if (!string.IsNullOrEmpty(o.SmtpUser)) client.Credentials = new NetworkCredential(o.SmtpUser, o.SmtpPassword);
        using var mail = new MailMessage(o.From, message.To, message.Subject, message.Body);
        await client.SendMailAsync(mail, ct);
        log.LogInformation("Email {Subject} sent by SMTP", message.Subject);
    }
}
