using System.Text.Json;

namespace Voice.Web.Infrastructure.Notifications;

/// <summary>
/// Writes each message as a JSON file, newest last by name: emails in the outbox folder, text
/// messages in its "sms" folder and letters in its "letters" folder.
/// </summary>
public class FileOutboxSender(string folder, TimeProvider clock, ILogger<FileOutboxSender> log)
    : INotificationSender, ITextMessageSender, ILetterSender
{
    public string Folder { get; } = folder;

    public Task SendAsync(EmailMessage message, CancellationToken ct = default) => WriteAsync(Folder, message, message.Kind, ct);
    public Task SendAsync(TextMessage message, CancellationToken ct = default) => WriteAsync(Path.Combine(Folder, "sms"), message, message.Kind, ct);
    public Task SendAsync(LetterMessage message, CancellationToken ct = default) => WriteAsync(Path.Combine(Folder, "letters"), message, message.Kind, ct);

    async Task WriteAsync<T>(string to, T message, string kind, CancellationToken ct)
    {
        Directory.CreateDirectory(to);
        var name = $"{clock.GetUtcNow():yyyyMMddTHHmmssfff}-{Guid.NewGuid():N}.json";
        await File.WriteAllTextAsync(Path.Combine(to, name), JsonSerializer.Serialize(message), ct);
        log.LogInformation("{Channel} {Kind} written to the outbox as {File}", typeof(T).Name, kind, name);
    }

    public static IReadOnlyList<EmailMessage> Read(string folder) => Read<EmailMessage>(folder);
    public static IReadOnlyList<LetterMessage> ReadLetters(string folder) => Read<LetterMessage>(Path.Combine(folder, "letters"));

    static IReadOnlyList<T> Read<T>(string folder) =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal)
                .Select(f => JsonSerializer.Deserialize<T>(File.ReadAllText(f))!).ToList()
            : [];
}
