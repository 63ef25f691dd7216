using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Voice.Data;
using Voice.Data.Identity;
using Voice.Web.Infrastructure.Notifications;

namespace Voice.Tests.Support;

/// <summary>
/// The real app on a test server, against a fresh real database (SQLite or PostgreSQL), with
/// its own data folder and outbox and a clock tests can move.
/// </summary>
public sealed class VoiceApplication(TestDatabase database, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null) : WebApplicationFactory<Program>
{
    public TestDatabase Database { get; } = database;
    public TestClock Clock { get; } = new();
    public string DataFolder { get; } = Directory.CreateTempSubdirectory("voice-test-").FullName;
    public string Outbox => Path.Combine(DataFolder, "outbox");

    public static async Task<VoiceApplication> StartAsync(DatabaseProvider provider, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var app = new VoiceApplication(await TestDatabase.CreateAsync(provider), settings, services);
        // Builds and starts the host, applying migrations. Requests run in the caller's
        // execution context, so a test's own clock (see TestClock) reaches the pages.
        app.Server.PreserveExecutionContext = true;
        return app;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Voice", Database.ConnectionString);
        builder.UseSetting("Voice:Database:Provider", Database.Provider.ToString());
        builder.UseSetting("Voice:DataPath", DataFolder);
        builder.UseSetting("Voice:Jobs:Enabled", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Voice:Limits:PublicPostsPerMinute", "100000");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) builder.UseSetting(key, value);
        builder.ConfigureTestServices(s =>
        {
            s.AddSingleton<TimeProvider>(Clock);
            services?.Invoke(s);
        });
    }

    /// <summary>Every email the app has queued, oldest first, read from the outbox table (tests run no dispatcher).</summary>
    public IReadOnlyList<EmailMessage> Emails()
    {
        using var db = NewDbContext();
        return db.OutboxMessages.AsNoTracking().OrderBy(m => m.Id)
            .Select(m => new EmailMessage(m.ToEmail ?? "", m.Subject, m.Body)).ToList();
    }

    public IReadOnlyList<EmailMessage> EmailsTo(string address) =>
        Emails().Where(e => e.To.Equals(address, StringComparison.OrdinalIgnoreCase)).ToList();

    public VoiceDbContext NewDbContext() => Database.NewContext();

    /// <summary>Makes a staff account directly. With a TOTP key, two-factor is already set up.</summary>
    public async Task<StaffAccount> CreateStaffAsync(string[] roles, bool withTwoFactor = true, string? email = null)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<VoiceUser>>();
        email ??= $"staff-{Guid.NewGuid():N}@northfield.example";
        var user = new VoiceUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Test " + string.Join(" ", roles), CreatedAt = Clock.GetUtcNow().UtcDateTime };
        const string password = "correct horse battery staple";
        Check(await users.CreateAsync(user, password));
        Check(await users.AddToRolesAsync(user, roles));
        string? key = null;
        if (withTwoFactor)
        {
            Check(await users.ResetAuthenticatorKeyAsync(user));
            key = await users.GetAuthenticatorKeyAsync(user);
            Check(await users.SetTwoFactorEnabledAsync(user, true));
        }
        return new StaffAccount(user.Id, email, password, key);
    }

    static void Check(IdentityResult r)
    {
        if (!r.Succeeded) throw new InvalidOperationException(string.Join("; ", r.Errors.Select(e => e.Description)));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
        try { Directory.Delete(DataFolder, recursive: true); } catch (IOException) { }
    }
}

public record StaffAccount(string Id, string Email, string Password, string? AuthenticatorKey);

/// <summary>One app per provider, shared by every test class in the assembly; tests make their own data.</summary>
public static class TestApps
{
    static readonly Lazy<Task<VoiceApplication>> sqlite = new(() => VoiceApplication.StartAsync(DatabaseProvider.Sqlite));
    static readonly Lazy<Task<VoiceApplication>> postgres = new(() => VoiceApplication.StartAsync(DatabaseProvider.Postgres));

    public static Task<VoiceApplication> Get(DatabaseProvider provider) =>
        provider == DatabaseProvider.Sqlite ? sqlite.Value : postgres.Value;
}
