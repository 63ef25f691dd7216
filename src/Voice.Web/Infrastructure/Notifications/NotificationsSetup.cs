using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Voice.Web.Infrastructure.Notifications;

/// <summary>Registers the senders for Voice:Notifications:Mode (see NotificationSenders.cs for the contract).</summary>
public static class NotificationsSetup
{
    public static void Add(IServiceCollection services)
    {
        services.AddSingleton<SmtpSender>();
        services.AddSingleton<GovUkNotifySender>();
        services.AddSingleton(sp => new FileOutboxSender(sp.GetRequiredService<VoicePaths>().Outbox,
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<FileOutboxSender>>()));
        // The mode is read when a sender is first needed, so tests can set it up to the moment the app is built.
        // TryAdd: a host (a test) may bring its own sender.
        services.TryAddSingleton(sp => (INotificationSender)Configured(sp));
        // Null (from GetService) where the mode has no such channel: SMTP sends neither texts nor letters.
        services.AddSingleton(sp => (Configured(sp) as ITextMessageSender)!);
        services.AddSingleton(sp => (Configured(sp) as ILetterSender)!);
    }

    static object Configured(IServiceProvider sp) =>
        sp.GetRequiredService<IOptions<VoiceOptions>>().Value.Notifications.Mode.ToLowerInvariant() switch
        {
            "smtp" => sp.GetRequiredService<SmtpSender>(),
            "notify" => sp.GetRequiredService<GovUkNotifySender>(),
            _ => sp.GetRequiredService<FileOutboxSender>(),
        };
}
