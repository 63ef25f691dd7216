using Microsoft.Extensions.Options;
using Notify.Client;

namespace Voice.Web.Infrastructure.Notifications;

/// <summary>
/// Sends email, text messages and letters through GOV.UK Notify. Each message kind has its own
/// template (Voice:Notifications:Notify:Templates:{Kind}), falling back to the "General" one.
/// Templates take the words from personalisation: ((subject)) and ((body)) for email and
/// letters, ((body)) for text messages; letters also take Notify's address lines.
/// </summary>
public sealed class GovUkNotifySender(IOptions<VoiceOptions> options, ILogger<GovUkNotifySender> log)
    : INotificationSender, ITextMessageSender, ILetterSender
{
    readonly Lazy<NotificationClient> client = new(() =>
        new NotificationClient(options.Value.Notifications.Notify.BaseUrl, options.Value.Notifications.Notify.ApiKey
            ?? throw new InvalidOperationException("Voice:Notifications:Notify:ApiKey is required when Voice:Notifications:Mode is Notify")));

    VoiceOptions.NotifyOptions Notify => options.Value.Notifications.Notify;

    public async Task SendAsync(EmailMessage message, CancellationToken ct = default)
    {
        var sent = await client.Value.SendEmailAsync(message.To, Notify.TemplateFor(message.Kind),
            new Dictionary<string, dynamic> { ["subject"] = message.Subject, ["body"] = message.Body });
        log.LogInformation("Email {Kind} accepted by GOV.UK Notify as {NotificationId}", message.Kind, sent.id);
    }

    public async Task SendAsync(TextMessage message, CancellationToken ct = default)
    {
        var sent = await client.Value.SendSmsAsync(message.PhoneNumber, Notify.TemplateFor(message.Kind),
            new Dictionary<string, dynamic> { ["body"] = message.Body });
        log.LogInformation("Text message {Kind} accepted by GOV.UK Notify as {NotificationId}", message.Kind, sent.id);
    }

    public async Task SendAsync(LetterMessage message, CancellationToken ct = default)
    {
        var personalisation = new Dictionary<string, dynamic> { ["subject"] = message.Subject, ["body"] = message.Body };
        var lines = AddressLines(message.Name, message.Address);
        for (var i = 0; i < lines.Count; i++) personalisation[$"address_line_{i + 1}"] = lines[i];
        var sent = await client.Value.SendLetterAsync(Notify.TemplateFor(message.Kind), personalisation);
        log.LogInformation("Letter {Kind} accepted by GOV.UK Notify as {NotificationId}", message.Kind, sent.id);
    }

    /// <summary>
    /// Notify wants 3 to 7 address lines, the first the name and the last the postcode. An address
    /// typed on one line with commas is split at them; lines beyond the seventh join the sixth.
    /// </summary>
    public static IReadOnlyList<string> AddressLines(string name, string address)
    {
        var lines = new List<string> { name.Trim() };
        lines.AddRange(address.Split(['\n', '\r', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (lines.Count < 3) throw new ArgumentException("A letter needs a name and at least two address lines, ending with the postcode.", nameof(address));
        while (lines.Count > 7)
        {
            lines[5] = lines[5] + ", " + lines[6];
            lines.RemoveAt(6);
        }
        return lines;
    }
}
