using Microsoft.Extensions.Options;
using Voice.Data;

namespace Voice.Web.Infrastructure;

/// <summary>Where things live, worked out once from configuration: database, data folder, outbox, content.</summary>
public class VoicePaths(IOptions<VoiceOptions> options, IConfiguration config, IWebHostEnvironment env)
{
    public VoiceOptions Options => options.Value;
    public string Data { get; } = Path.GetFullPath(Path.Combine(env.ContentRootPath, options.Value.DataPath));
    public string Outbox => Path.GetFullPath(Path.Combine(Data, Options.Notifications.OutboxPath));
    public string Content { get; } = ContentLocator.Find(env.ContentRootPath, options.Value.ContentPath);

    public (DatabaseProvider Provider, string ConnectionString) Database()
    {
        var provider = Options.Database.Provider;
        var connectionString = config.GetConnectionString("Voice");
        if (!string.IsNullOrWhiteSpace(connectionString)) return (provider, connectionString);
        if (provider != DatabaseProvider.Sqlite)
            throw new InvalidOperationException($"ConnectionStrings:Voice is required when Voice:Database:Provider is {provider}");
        Directory.CreateDirectory(Data);
        return (provider, $"Data Source={Path.Combine(Data, "voice.db")}");
    }
}
