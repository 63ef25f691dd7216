using System.Text.Json;
using Voice.Data.Calendar;

namespace Voice.Data.Outbox;

/// <summary>How to reach a member of the public: any of these may be missing. <paramref name="PrefersPost"/>: they asked for letters.</summary>
public sealed record Recipient(string Name, string? Email, string? Phone, string? Address, bool PrefersPost = false);

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
        var message = Add(kind, OutboxChannels.Email, subject, body, personalisation);
        message.ToEmail = to;
        message.ToPhone = phone;
        message.ToAddress = address;
        return message;
    }

    /// <summary>
    /// A message to a member of the public by the best way they gave (<see cref="OutboxChannels.For"/>):
    /// email, else a letter to their postal address, else a text message. Null only when they
    /// gave no way to reach them at all.
    /// </summary>
    public OutboxMessage? ToPerson(string kind, Recipient to, string subject, string body)
    {
        if (OutboxChannels.For(to) is not { } channel) return null;
        var message = Add(kind, channel, subject, body, null);
        message.ToName = Truncate(to.Name.Trim(), OutboxMessageConfiguration.NameMax);
        message.ToEmail = Blank(to.Email);
        message.ToPhone = Blank(to.Phone);
        message.ToAddress = Blank(to.Address);
        return message;
    }

    OutboxMessage Add(string kind, string channel, string subject, string body, IReadOnlyDictionary<string, string>? personalisation)
    {
        var now = clock.UtcNow;
        var message = new OutboxMessage
        {
            Kind = kind, Channel = channel,
            Subject = Truncate(subject, 500), Body = Truncate(body, OutboxMessageConfiguration.BodyMax),
            Personalisation = personalisation is null ? null : JsonSerializer.Serialize(personalisation),
            Status = OutboxStatus.Pending, CreatedAt = now, NextAttemptAt = now,
        };
        db.OutboxMessages.Add(message);
        return message;
    }

    static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
    static string Truncate(string s, int max) => s.Length <= max ? s : s[..max];
}
