using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Voice.Data.Identity;
using Voice.Tests;
using Voice.Web;

namespace Voice.E2E.Support;

/// <summary>
/// The real app on Kestrel at a loopback port, with a fresh SQLite database, shared by every
/// test in the assembly. Tests make the accounts and data they need. It reads a copy of
/// <c>content/</c> made once per run (and deleted after), so a journey that writes content (a
/// translator's import) never changes the repository's files.
/// </summary>
public sealed class E2EApp
{
    static readonly Lazy<Task<E2EApp>> shared = new(StartAsync);
    public static Task<E2EApp> Shared => shared.Value;

    public required WebApplication App { get; init; }
    public required string BaseUrl { get; init; }
    public required string DataFolder { get; init; }
    /// <summary>The app's content folder: a throwaway copy of the repository's <c>content/</c>.</summary>
    public required string ContentFolder { get; init; }

    static async Task<E2EApp> StartAsync()
    {
        var data = Directory.CreateTempSubdirectory("voice-e2e-").FullName;
        var content = TestPaths.CopyOfContent();
        var app = VoiceApp.Create([], b =>
        {
            b.Environment.EnvironmentName = "Testing";
            b.WebHost.UseUrls("http://127.0.0.1:0");
            b.Configuration["Voice:DataPath"] = data;
            b.Configuration["Voice:Jobs:Enabled"] = "false";
            b.Configuration["Voice:Limits:PublicPostsPerMinute"] = "100000";
            b.Configuration["Voice:ContentPath"] = content;
            b.Configuration["Logging:LogLevel:Default"] = "Warning";
            // Small enough that the browser test of the 413 page moves little data through
            // Playwright; the default limit is covered by the page tests.
            b.Configuration["Voice:Limits:MaxRequestBytes"] = MaxRequestBytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
            b.Services.AddTransient<IStartupFilter, TemplateHeader>();
        }, contentRoot: Path.Combine(TestPaths.RepoRoot, "src", "Voice.Web"));
        await app.StartAsync();
        // The first answer screened waits for the safeguarding model, trained once per process after
        // start. With the page tests running beside this assembly that took longer than a step's 90 s
        // (run 27: the views journey's first free-text answer), so the shared host is ready only when
        // the model is, and a journey's step times only what the step does.
        if (app.Services.GetRequiredService<Voice.Data.Feedback.Safeguarding.SafeguardingScreen>().Semantic is { } semantic)
            await Task.Run(() => semantic.Current);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            app.StopAsync().GetAwaiter().GetResult();
            try { Directory.Delete(data, true); } catch (IOException) { }
            try { Directory.Delete(content, true); } catch (IOException) { }
        };
        return new E2EApp { App = app, BaseUrl = address.TrimEnd('/'), DataFolder = data, ContentFolder = content };
    }

    public const long MaxRequestBytes = 200_000;

    /// <summary>The response header naming the Razor page (or endpoint) that made a document.</summary>
    public const string TemplateHeaderName = "X-Voice-Template";

    /// <summary>
    /// Tells the journeys which page template answered, so that each template is scanned with
    /// axe once per JavaScript mode rather than once per address. Test host only.
    /// </summary>
    sealed class TemplateHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers[TemplateHeaderName] = context.GetEndpoint()?.DisplayName ?? "(none)";
                    return Task.CompletedTask;
                });
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    public string Outbox => Path.Combine(DataFolder, "outbox");

    public async Task<(string Email, string Password, string? Key)> CreateStaffAsync(string[] roles, bool withTwoFactor = true, string? name = null)
    {
        using var scope = App.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<VoiceUser>>();
        var email = $"e2e-{Guid.NewGuid():N}@northfield.example";
        const string password = "correct horse battery staple";
        var user = new VoiceUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name ?? "Test " + string.Join(" ", roles) };
        await users.CreateAsync(user, password);
        await users.AddToRolesAsync(user, roles);
        string? key = null;
        if (withTwoFactor)
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
        }
        return (email, password, key);
    }
}
