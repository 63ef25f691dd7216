using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Serilog;
using Serilog.Events;
using Serilog.Extensions.Hosting;
using Serilog.Formatting.Compact;

namespace Voice.Web.Infrastructure;

/// <summary>
/// Logs through Serilog (plain text in Development, one JSON object a line elsewhere) and
/// traces and metrics through OpenTelemetry (ASP.NET Core, HttpClient, EF Core, Npgsql), sent
/// by OTLP only when OTEL_EXPORTER_OTLP_ENDPOINT is set. Log lines carry ids, kinds and counts,
/// never names, email or postal addresses, phone numbers or case references.
/// </summary>
public static class Telemetry
{
    public static void Add(WebApplicationBuilder builder)
    {
        // AddSerilog lets every level through to Serilog, so Serilog applies the "Logging:LogLevel"
        // section itself: Default as the minimum, every other key as a category override.
        var levels = builder.Configuration.GetSection("Logging:LogLevel");
        var console = new LoggerConfiguration().MinimumLevel.Is(Level(levels["Default"])).Enrich.FromLogContext();
        foreach (var category in levels.GetChildren().Where(c => c.Key != "Default"))
            console.MinimumLevel.Override(category.Key, Level(category.Value));
        var logger = (builder.Environment.IsDevelopment()
            ? console.WriteTo.Console()
            : console.WriteTo.Console(new RenderedCompactJsonFormatter())).CreateLogger();
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(logger, dispose: true);
        // Request logging writes to Serilog directly, at the configured default level.
        var requests = new LoggerConfiguration().MinimumLevel.Is(Level(builder.Configuration["Logging:LogLevel:Default"]))
            .WriteTo.Logger(logger).CreateLogger();
        builder.Services.AddSingleton(new DiagnosticContext(requests));
        builder.Services.AddSingleton(new RequestLogger(requests));

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(builder.Environment.ApplicationName))
            .WithTracing(t => t.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation()
                .AddEntityFrameworkCoreInstrumentation().AddNpgsql())
            .WithMetrics(m => m.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation());
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"])) telemetry.UseOtlpExporter();
    }

    public static void UseRequestLogging(WebApplication app) =>
        app.UseSerilogRequestLogging(o =>
        {
            o.Logger = app.Services.GetRequiredService<RequestLogger>().Logger;
            o.GetLevel = RequestLevel;
        });

    /// <summary>
    /// Errors are requests that failed on our side. A request the browser gave up on (an
    /// autosave overtaken by the next keystroke, a closed tab) throws a cancellation as it stops:
    /// that is not an error, and the exception handler answers it with 499, so it is logged at Debug.
    /// </summary>
    public static LogEventLevel RequestLevel(HttpContext context, double elapsedMs, Exception? error) =>
        error is OperationCanceledException or IOException && context.RequestAborted.IsCancellationRequested ? LogEventLevel.Debug
        : error is not null || context.Response.StatusCode > 499 ? LogEventLevel.Error
        : LogEventLevel.Information;

    public sealed record RequestLogger(Serilog.ILogger Logger);

    static LogEventLevel Level(string? microsoftLevel) => microsoftLevel switch
    {
        "Trace" => LogEventLevel.Verbose,
        "Debug" => LogEventLevel.Debug,
        "Warning" => LogEventLevel.Warning,
        "Error" => LogEventLevel.Error,
        "Critical" or "None" => LogEventLevel.Fatal,
        _ => LogEventLevel.Information,
    };
}
