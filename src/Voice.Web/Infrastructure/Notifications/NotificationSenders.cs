namespace Voice.Web.Infrastructure.Notifications;

// How a message reaches someone (the contract between the senders and whoever routes messages):
// - someone with an email address gets an EmailMessage through INotificationSender;
// - someone with no email address but a postal address gets the same words as a LetterMessage
//   through ILetterSender (complainants without email get their acknowledgement and responses
//   this way instead of relying on staff to remember);
// - a TextMessage through ITextMessageSender is for short prompts to a mobile number.
// ILetterSender and ITextMessageSender are registered only when the configured mode can send
// them (Notify, or the Outbox folder in development): resolve them with GetService and treat
// null as "this channel is not available here". A sender throws when the message was not
// accepted; it never logs the recipient, the subject or the body (they are personal data).

/// <summary>Sends emails: the file outbox in development and tests, SMTP or GOV.UK Notify for real use.</summary>
public interface INotificationSender
{
    Task SendAsync(EmailMessage message, CancellationToken ct = default);
}

/// <summary>Sends text messages (GOV.UK Notify; the file outbox in development).</summary>
public interface ITextMessageSender
{
    Task SendAsync(TextMessage message, CancellationToken ct = default);
}

/// <summary>Prints and posts letters (GOV.UK Notify; the file outbox in development).</summary>
public interface ILetterSender
{
    Task SendAsync(LetterMessage message, CancellationToken ct = default);
}
