using System.Text.Json;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
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
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null, string? contentRoot = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = contentRoot, ApplicationName = typeof(VoiceApp).Assembly.GetName().Name });
        configure?.Invoke(builder);
        // Run from a build (tests, the browser tests' host, `dotnet run` in any environment), the
        // fingerprinted and compressed assets live in obj/ and the build's manifest maps them;
        // ASP.NET Core does this itself only in Development. A published app has no such
        // manifest (its wwwroot holds everything) and this does nothing.
        builder.WebHost.UseStaticWebAssets();
        // Served from a build, ASP.NET Core can watch wwwroot for edits (sending "no-cache" and
        // recompressing changed files on the fly). On this runtime that mode labels files "br"
        // while sending them gzip-framed, so browsers cannot read the stylesheet; it is off in
        // every environment, Development included (a build remakes the assets anyway). Assets are
        // served as in production: the build's compressed files, fingerprinted URLs immutable.
        if (builder.Configuration["ReloadStaticAssetsAtRuntime"] is null)
            builder.Configuration["ReloadStaticAssetsAtRuntime"] = "false";
        AddServices(builder);
        var app = builder.Build();
        Prepare(app);
        UsePipeline(app);
        SeedDemoData(app);
        return app;
    }

    static void AddServices(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var config = builder.Configuration;
        var env = builder.Environment;
        // Options are read when first needed, not here, so hosts built by tests and tools can
        // change configuration up to the moment the app is built.
        services.AddOptions<VoiceOptions>().Bind(config.GetSection("Voice"))
            .Validate(o => o.Council.BrandColourIsValid, "Voice:Council:BrandColour must be a colour like #1d4f91")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<Voice.Data.Calendar.UkClock>();

        Telemetry.Add(builder);

        services.AddSingleton<VoicePaths>();
        services.AddSingleton<SiteUrl>();
        // The options are built once (they depend only on configuration); built per request, as
        // by default, they were a large part of the cost of every page that reads the database.
        services.AddDbContext<VoiceDbContext>((sp, o) =>
        {
            var (provider, connectionString) = sp.GetRequiredService<VoicePaths>().Database();
            o.Use(provider, connectionString);
        }, optionsLifetime: ServiceLifetime.Singleton);
        services.AddScoped<AuditWriter>();
        services.AddScoped<JobLeases>();
        services.AddScoped<JobRun>();

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
            StaffSessions.Configure(o);
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

        // Keys shared by every node through the database, encrypted there with a certificate.
        KeyRing.Add(builder);

        // Pages live in Features/<Feature>/ with their feature, under their usual names and addresses.
        FeatureFolders.Add(services);
        services.AddRazorPages(o =>
            {
                o.Conventions.AuthorizeAreaFolder("Staff", "/", Policies.Staff);
            })
            .AddMvcOptions(o =>
            {
                o.Filters.Add<ValidationFailedFilter>();
                o.Filters.Add<Infrastructure.Concurrency.ConflictFilter>();
            });
        services.AddAntiforgery(o =>
        {
            o.HeaderName = "RequestVerificationToken";
            o.Cookie.Name = "voice-af";
        });
        services.Configure<RouteOptions>(o => { o.LowercaseUrls = true; });
        services.AddHttpContextAccessor();

        // Limits.
        services.AddRateLimiter(_ => { });
        services.AddOptions<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>()
            .Configure<IOptions<VoiceOptions>>((o, v) => RequestLimits.Add(o, v.Value.Limits));
        services.AddOptions<KestrelServerOptions>()
            .Configure<IOptions<VoiceOptions>>((o, v) => o.Limits.MaxRequestBodySize = v.Value.Limits.MaxRequestBytes);
        services.AddOptions<FormOptions>().Configure<IOptions<VoiceOptions>>((o, v) =>
        {
            o.MultipartBodyLengthLimit = v.Value.Limits.MaxRequestBytes;
            o.ValueLengthLimit = (int)Math.Min(int.MaxValue, v.Value.Limits.MaxRequestBytes);
        });
        // Forwarded headers from known proxies, HTTPS, HSTS, Secure cookies, the public address (issue 12).
        Transport.Add(builder);

        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        // Compressed HTML for the public information pages only (BREACH: see HtmlCompression).
        HtmlCompression.Add(services);
        // The public information pages, served from the output cache (see PublicContentCache).
        PublicContentCache.Add(services);

        // Email, text messages and letters.
        NotificationsSetup.Add(services);

        // Every notification is an outbox row saved with its change; the dispatcher job sends them.
        services.AddScoped<Voice.Data.Outbox.Outbox>();
        services.AddSingleton<IBackgroundJob, OutboxDispatcher>();

        services.AddSingleton<JobHost>();
        services.AddHostedService(sp => sp.GetRequiredService<JobHost>());

        // Care leavers: the local offer (loaded at start-up; bad front matter stops it), search,
        // the checker, health history requests with their reminder job and the health team's pages.
        Features.CareLeavers.CareLeaversSetup.Add(services);
        // Content upkeep pages for content editors: the local offer's problems and the translations.
        Features.Content.ContentSetup.Add(services);
        // Languages (issue 15): translations load at start; request localization picks the reader's language.
        Infrastructure.Languages.LanguageSetup.Add(services);

        // Signing in, two-factor and password resets; and the administrators' pages (users, audit, erasure, outbox, calendar).
        Features.Accounts.AccountsSetup.Add(services);
        Features.Admin.AdminSetup.Add(services);
        services.AddSingleton<IBackgroundJob, Infrastructure.Retention.RetentionJob>();

        // Safeguarding screen 2 (issue 13): the lexicon and semantic signal, one entry point for all free text, its jobs and pages.
        Features.Safeguarding.SafeguardingSetup.Add(services);
        // One access-code scheme for invitations, tracking and health history (issue 12).
        AccessCheck.Add(builder);
        // Views before reviews (issue 4): questionnaires load at start; the young person's and the practitioners' pages.
        Features.Views.ViewsSetup.Add(services);
        // Journey-point questionnaires in bulk, for the performance team.
        Features.Batches.BatchesSetup.Add(services);

        // Complaints (issue 3) and the working-day calendar they count in.
        Features.Complaints.ComplaintsSetup.Add(services);
        services.AddSingleton<Api.CalendarService>();

        // Themes engine (issue 8): IThemeTagger, ThemeStore and the retrain job.
        Infrastructure.Themes.ThemesSetup.Add(services);
        // Quality assurance: the feedback read model, its jobs, the privacy rule and the QA pages (issue 8).
        Features.Quality.QualitySetup.Add(services);
        // Young inspector audits (issue 9): templates load at start; staff, inspectors' area, reports, "You said, we did".
        Features.Inspections.InspectionsSetup.Add(services);
    }

    /// <summary>Applies migrations, makes sure every role exists and, in Development, seeds demo accounts.</summary>
    static void Prepare(WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        // Days are counted in England: without time zone data the app would count them in UTC.
        Voice.Data.Calendar.UkClock.EnsureTimeZoneData();
        var db = scope.ServiceProvider.GetRequiredService<VoiceDbContext>();
        db.Database.Migrate();
        // SQLite (the embedded default): write-ahead logging, so a reader never waits for a writer
        // nor a writer for readers; with the default rollback journal, saves under load waited
        // out the 30 s busy timeout and failed with "database is locked". The mode is kept in the file.
        if (db.Database.IsSqlite()) db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
        // Content that is wrong stops the app here, naming the file and the field.
        scope.ServiceProvider.GetRequiredService<Voice.Data.Feedback.Questionnaires.QuestionnaireCatalog>();
        scope.ServiceProvider.GetRequiredService<Voice.Data.Feedback.Safeguarding.SafeguardingScreen>();
        scope.ServiceProvider.GetRequiredService<Infrastructure.Themes.ThemeTaggerService>();
        // The bank holidays too; and the calendar version in force is recorded once, here, not by a read.
        scope.ServiceProvider.GetRequiredService<Api.CalendarService>().RecordVersionInForceAsync(db).GetAwaiter().GetResult();
        try { db.SaveChanges(); }
        catch (DbUpdateException) { db.ChangeTracker.Clear(); } // another node starting at the same time recorded it
        scope.ServiceProvider.GetRequiredService<Voice.Data.Inspections.AuditTemplateCatalog>();
        scope.ServiceProvider.GetRequiredService<Infrastructure.Languages.Translations>();
        scope.ServiceProvider.GetRequiredService<Voice.Data.CareLeavers.LocalOfferSearch>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var (name, _, _) in Roles.All)
            if (!roles.RoleExistsAsync(name).GetAwaiter().GetResult())
                roles.CreateAsync(new IdentityRole(name)).GetAwaiter().GetResult();
    }

    /// <summary>
    /// In Development, the demo council's accounts and data, once the app has started: demo
    /// complaints send emails with links, and links can be made only when routing is running.
    /// </summary>
    static void SeedDemoData(WebApplication app)
    {
        if (!app.Environment.IsDevelopment() || !app.Services.GetRequiredService<IOptions<VoiceOptions>>().Value.SeedDemoData) return;
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            using var scope = app.Services.CreateScope();
            DemoData.SeedAsync(scope.ServiceProvider).GetAwaiter().GetResult();
        });
    }

    static void UsePipeline(WebApplication app)
    {
        Transport.UseForwardedHeaders(app);
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error/500",
            StatusCodeSelector = e => e is Microsoft.AspNetCore.Http.BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        Transport.Use(app);
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.Use((context, next) =>
        {
            // The error page is shown by re-running the failed request; as a GET, nothing reads
            // the body that may have caused the error (too large, malformed).
            if (RequestLimits.IsErrorPage(context))
            {
                context.Request.Method = HttpMethods.Get;
                context.Request.ContentType = null;
                // The failed request's form may already have been read; nothing re-run may see it.
                context.Features.Set<Microsoft.AspNetCore.Http.Features.IFormFeature>(
                    new Microsoft.AspNetCore.Http.Features.FormFeature(Microsoft.AspNetCore.Http.FormCollection.Empty));
            }
            return next(context);
        });
        app.UseMiddleware<RequestSizeMiddleware>();
        Telemetry.UseRequestLogging(app);
        Infrastructure.Languages.LanguageSetup.Use(app);
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<PublicPostLimitMiddleware>();
        app.UseRateLimiter();
        app.UseAuthorization();
        // Compression inside the output cache: a cached page is stored compressed, once per encoding.
        app.UseOutputCache();
        app.UseResponseCompression();

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
        // Static assets from the build's manifest: fingerprinted URLs cached as immutable, served
        // pre-compressed (brotli or gzip, as the browser accepts). Pages link them with "~/"
        // paths, which the tag helpers turn into the fingerprinted URLs.
        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorPages().WithStaticAssets();
        Api.CalendarApi.MapCalendarApi(app);
        Favicon.Map(app);
        // Unknown addresses are public 404s, not sign-in prompts.
        app.MapFallback(context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }).AllowAnonymous();
    }
}
