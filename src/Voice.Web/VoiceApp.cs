using System.Text.Json;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Voice.Data;
using Voice.Data.Audit;
using Voice.Data.Identity;
using Voice.Data.Jobs;
using Voice.Web.Infrastructure;
using Voice.Web.Infrastructure.Jobs;
using Voice.Web.Infrastructure.Notifications;
using Voice.Web.Infrastructure.Security;
using Voice.Web.Infrastructure.Validation;

namespace Voice.Web;

/// <summary>Builds the web application. Program.cs, the tests and the benchmarks all start it here.</summary>
public static class VoiceApp
{
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        AddServices(builder);
        var app = builder.Build();
        Prepare(app);
        UsePipeline(app);
        return app;
    }

    static void AddServices(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var config = builder.Configuration;
        var env = builder.Environment;
        var options = config.GetSection("Voice").Get<VoiceOptions>() ?? new VoiceOptions();
        if (!options.Council.BrandColourIsValid)
            throw new InvalidOperationException($"Voice:Council:BrandColour must be a colour like #1d4f91, not '{options.Council.BrandColour}'");

        services.Configure<VoiceOptions>(config.GetSection("Voice"));
        services.AddSingleton(TimeProvider.System);

        if (!env.IsDevelopment()) builder.Logging.ClearProviders().AddJsonConsole(o => o.IncludeScopes = true);

        // Database: SQLite file in the data folder unless PostgreSQL is chosen.
        var dataPath = Path.GetFullPath(Path.Combine(env.ContentRootPath, options.DataPath));
        var connectionString = config.GetConnectionString("Voice");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (options.Database.Provider != DatabaseProvider.Sqlite)
                throw new InvalidOperationException("ConnectionStrings:Voice is required when Voice:Database:Provider is Postgres");
            Directory.CreateDirectory(dataPath);
            connectionString = $"Data Source={Path.Combine(dataPath, "voice.db")}";
        }
        var provider = options.Database.Provider;
        services.AddDbContext<VoiceDbContext>(o => o.Use(provider, connectionString));
        services.AddScoped<AuditWriter>();
        services.AddScoped<JobLeases>();

        // Accounts.
        services.AddIdentity<VoiceUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<VoiceDbContext>()
            .AddSignInManager<VoiceSignInManager>()
            .AddClaimsPrincipalFactory<VoiceClaimsFactory>()
            .AddDefaultTokenProviders();
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            // Role changes and disabled accounts take effect within a minute; a refreshed
            // sign-in keeps its completed two-factor claim.
            o.ValidationInterval = TimeSpan.FromMinutes(1);
            o.OnRefreshingPrincipal = context =>
            {
                if (context.CurrentPrincipal?.HasCompletedTwoFactor() == true && context.NewPrincipal?.HasCompletedTwoFactor() == false)
                    (context.NewPrincipal.Identity as System.Security.Claims.ClaimsIdentity)?.AddClaim(
                        new System.Security.Claims.Claim(Policies.MfaClaim, Policies.MfaValue));
                return Task.CompletedTask;
            };
        });
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "voice-auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.LoginPath = "/account/sign-in";
            o.LogoutPath = "/account/sign-out";
            o.AccessDeniedPath = "/account/access-denied";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Events.OnRedirectToAccessDenied = context =>
            {
                // Signed in with a password but two-factor not finished: send them to set it up.
                var path = context.HttpContext.User.HasCompletedTwoFactor()
                    ? context.RedirectUri
                    : "/account/two-factor/set-up?returnUrl=" + Uri.EscapeDataString(context.Request.Path + context.Request.QueryString);
                context.Response.Redirect(path);
                return Task.CompletedTask;
            };
        });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, o => o.Cookie.Name = "voice-2fa");
        services.AddAuthorization(Policies.Add);

        // Keys shared by every node through the database.
        services.AddSingleton<DbXmlRepository>();
        services.AddOptions<KeyManagementOptions>()
            .Configure<IServiceScopeFactory>((o, scopes) => o.XmlRepository = new DbXmlRepository(scopes));
        services.AddDataProtection().SetApplicationName("Voice");

        services.AddRazorPages(o =>
            {
                o.Conventions.AuthorizeAreaFolder("Staff", "/", Policies.Staff);
                o.Conventions.AuthorizeAreaFolder("Staff", "/Admin", Policies.ForRole(Roles.Administrator));
            })
            .AddMvcOptions(o => o.Filters.Add<ValidationFailedFilter>());
        services.AddAntiforgery(o =>
        {
            o.HeaderName = "RequestVerificationToken";
            o.Cookie.Name = "voice-af";
        });
        services.Configure<RouteOptions>(o => { o.LowercaseUrls = true; });
        services.AddHttpContextAccessor();

        // Limits.
        services.AddRateLimiter(o => RequestLimits.Add(o, options.Limits));
        services.Configure<KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = options.Limits.MaxRequestBytes);
        services.Configure<FormOptions>(o =>
        {
            o.MultipartBodyLengthLimit = options.Limits.MaxRequestBytes;
            o.ValueLengthLimit = (int)Math.Min(int.MaxValue, options.Limits.MaxRequestBytes);
        });
        services.AddHsts(o => { o.MaxAge = TimeSpan.FromDays(365); o.IncludeSubDomains = true; });

        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);

        // Email.
        if (options.Notifications.Mode.Equals("Smtp", StringComparison.OrdinalIgnoreCase))
            services.AddSingleton<INotificationSender, SmtpSender>();
        else
            services.AddSingleton<INotificationSender>(sp => new FileOutboxSender(
                Path.GetFullPath(Path.Combine(dataPath, options.Notifications.OutboxPath)),
                sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<FileOutboxSender>>()));

        services.AddSingleton<JobHost>();
        if (options.Jobs.Enabled) services.AddHostedService(sp => sp.GetRequiredService<JobHost>());

        services.AddSingleton<Pages.Account.AccountLinks>();
        services.AddSingleton<Areas.Staff.Pages.Admin.Users.UserLinks>();
    }

    /// <summary>Applies migrations, makes sure every role exists and, in Development, seeds demo accounts.</summary>
    static void Prepare(WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<VoiceDbContext>();
        db.Database.Migrate();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var (name, _, _) in Roles.All)
            if (!roles.RoleExistsAsync(name).GetAwaiter().GetResult())
                roles.CreateAsync(new IdentityRole(name)).GetAwaiter().GetResult();
        var options = app.Services.GetRequiredService<IOptions<VoiceOptions>>().Value;
        if (app.Environment.IsDevelopment() && options.SeedDemoData)
            DemoData.SeedAsync(scope.ServiceProvider).GetAwaiter().GetResult();
    }

    static void UsePipeline(WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error/500",
            StatusCodeSelector = e => e is Microsoft.AspNetCore.Http.BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseMiddleware<RequestSizeMiddleware>();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = "public, max-age=3600",
        });
        app.UseRouting();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = c => c.Tags.Contains("ready"),
            ResponseWriter = (context, report) =>
            {
                context.Response.ContentType = "application/json";
                return context.Response.WriteAsync(JsonSerializer.Serialize(new
                {
                    status = report.Status.ToString(),
                    checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
                }));
            },
        }).AllowAnonymous();
        app.MapRazorPages();
        // Unknown addresses are public 404s, not sign-in prompts.
        app.MapFallback(context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }).AllowAnonymous();
    }
}
