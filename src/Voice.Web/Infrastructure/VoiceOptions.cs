using System.Text.RegularExpressions;
using Voice.Data;

namespace Voice.Web.Infrastructure;

/// <summary>Everything under the "Voice" configuration section.</summary>
public partial class VoiceOptions
{
    public DatabaseOptions Database { get; set; } = new();
    public CouncilOptions Council { get; set; } = new();
    /// <summary>Where the app keeps its files (SQLite database, outbox); relative to the content root.</summary>
    public string DataPath { get; set; } = "App_Data";
    /// <summary>The council-editable content folder; empty means the nearest "content" folder above the app.</summary>
    public string? ContentPath { get; set; }
    public NotificationOptions Notifications { get; set; } = new();
    public JobOptions Jobs { get; set; } = new();
    public LimitOptions Limits { get; set; } = new();
    /// <summary>How long each kind of record is kept (issue 12); see docs/retention.md.</summary>
    public Voice.Data.Retention.RetentionPolicy Retention { get; set; } = new();
    /// <summary>Seeds demo staff accounts. Only ever honoured in Development.</summary>
    public bool SeedDemoData { get; set; }
    /// <summary>The public address of the site, used in links sent by email.</summary>
    public string? PublicBaseUrl { get; set; }

    public class DatabaseOptions
    {
        public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
    }

    public partial class CouncilOptions
    {
        public string Name { get; set; } = "Northfield City Council";
        public string ServiceName { get; set; } = "Voice";
        public string? LogoPath { get; set; }
        public string BrandColour { get; set; } = "#1d4f91";
        public string ContactEmail { get; set; } = "voice@northfield.example";
        public string ContactPhone { get; set; } = "01632 960000";
        public string Address { get; set; } = "Northfield City Council, Civic Centre, Northfield NF1 1AA";

        public bool BrandColourIsValid => HexColour().IsMatch(BrandColour);

        [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
        private static partial Regex HexColour();
    }

    public class NotificationOptions
    {
        /// <summary>"Outbox" writes each message to a file; "Smtp" sends email by SMTP; "Notify" sends email, text messages and letters through GOV.UK Notify.</summary>
        public string Mode { get; set; } = "Outbox";
        public NotifyOptions Notify { get; set; } = new();
        public string OutboxPath { get; set; } = "outbox";
        public string From { get; set; } = "voice@northfield.example";
        public string? SmtpHost { get; set; }
        public int SmtpPort { get; set; } = 587;
        public bool SmtpSsl { get; set; } = true;
        public string? SmtpUser { get; set; }
        public string? SmtpPassword { get; set; }
    }

    public class NotifyOptions
    {
        /// <summary>A GOV.UK Notify API key (a secret: set it in the environment, never in a file in the repository).</summary>
        public string? ApiKey { get; set; }
        public string BaseUrl { get; set; } = "https://api.notifications.service.gov.uk";
        /// <summary>Template id per message kind; "General" is used for a kind without its own.</summary>
        public Dictionary<string, string> Templates { get; set; } = new(StringComparer.OrdinalIgnoreCase);

        public string TemplateFor(string kind) =>
            Templates.TryGetValue(kind, out var id) || Templates.TryGetValue(Infrastructure.Notifications.MessageKinds.General, out id)
                ? id
                : throw new InvalidOperationException($"No GOV.UK Notify template for {kind}: set Voice:Notifications:Notify:Templates:{kind} or :General");
    }

    public class JobOptions
    {
        public bool Enabled { get; set; } = true;
        public string? NodeName { get; set; }
        public double TickSeconds { get; set; } = 30;
    }

    public class LimitOptions
    {
        /// <summary>Largest request body accepted for ordinary forms.</summary>
        public long MaxRequestBytes { get; set; } = 1_000_000;
        /// <summary>Public form posts allowed per client address per minute.</summary>
        public int PublicPostsPerMinute { get; set; } = 30;
        /// <summary>Wrong codes allowed against one complaint or health history reference in 15 minutes, from anyone.</summary>
        public int CodeFailuresPerTarget { get; set; } = 10;
    }
}
