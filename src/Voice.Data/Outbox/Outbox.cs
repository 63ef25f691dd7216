using System.Text.Json;
using Voice.Data.Calendar;

namespace Voice.Data.Outbox;

/// <summary>
/// Where every notification starts: adds a message to the unit of work, so it is saved (and
/// later sent) only with the change it reports. Nothing here sends; the dispatcher job does.
/// </summary>
public class Outbox(VoiceDbContext db, UkClock clock)
{
    /// <summary>Adds an email to the current unit of work; the caller's SaveChanges writes it.</summary>
    public OutboxMessage Email(string kind, string to, string subject, string body,
        IReadOnlyDictionary<string, string>? personalisation = null, string? phone = null, string? address = null)
    {
        var now = clock.UtcNow;
        var message = new OutboxMessage
        {
            Kind = kind, Channel = OutboxChannels.Email, ToEmail = to, ToPhone = phone, ToAddress = address,
            Subject = Truncate(subject, 500), Body = Truncate(body, OutboxMessageConfiguration.BodyMax),
            Personalisation = personalisation is null ? null : JsonSerializer.Serialize(personalisation),
            Status = OutboxStatus.Pending, CreatedAt = now, NextAttemptAt = now,
        };
        db.OutboxMessages.Add(message);
        return message;
    }

    static string Truncate(string s, int max) => s.Length <= max ? s : s[..max];
}
