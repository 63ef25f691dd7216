using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Voice.Data;

namespace Voice.Tests.Pages.Errors;

public class UnhandledErrorTests
{
    /// <summary>Keeps every log line the app writes at Error or above.</summary>
    sealed class CapturedLogs : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();
        public ILogger CreateLogger(string categoryName) => new Logger(this);
        public void Dispose() { }

        sealed class Logger(CapturedLogs owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel)) owner.Lines.Enqueue(formatter(state, exception) + " " + exception?.Message);
            }
        }
    }


    [Fact]
    public async Task UnhandledException_IsLoggedWithACorrelationId_ThatTheErrorPageShows()
    {
        var logs = new CapturedLogs();
        await using var app = new Support.VoiceApplication(TestDatabase.CreateSqlite());
        var factory = app.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.AddSingleton<ILoggerProvider>(logs);
            s.Configure<MvcOptions>(o => o.Filters.Add(new DuplicatedFieldBug()));
        }));
        var client = factory.CreateClient();

        var response = await client.GetAsync("/care-leavers/search?q=money&q=rent");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        var id = System.Text.RegularExpressions.Regex.Match(page, "give us this reference: <strong>([^<]+)</strong>").Groups[1].Value;
        Assert.NotEmpty(id);
        Assert.Contains(logs.Lines, l => l.Contains(id) && l.Contains("A field was sent twice"));
        // The error page is made by running the request again: it still gets exactly one Content
        // Security Policy, which allows its one inline block (the brand colour's style) by hash.
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        var style = System.Text.RegularExpressions.Regex.Match(page, "<style>([^<]*)</style>").Groups[1].Value;
        Assert.NotEmpty(style);
        Assert.Contains($"'{Voice.Web.Infrastructure.Security.SecurityHeadersMiddleware.CspHash(WebUtility.HtmlDecode(style))}'", csp);
        Assert.DoesNotMatch("<script(?![^>]*src=)", page);
    }

    /// <summary>Stands in for any bug that escapes a page: it throws when a field is sent twice.</summary>
    sealed class DuplicatedFieldBug : IResourceFilter
    {
        public void OnResourceExecuting(ResourceExecutingContext context)
        {
            if (!context.HttpContext.Request.Path.StartsWithSegments("/error") && context.HttpContext.Request.Query.Any(f => f.Value.Count > 1)) throw new InvalidOperationException("A field was sent twice");
        }

        public void OnResourceExecuted(ResourceExecutedContext context) { }
    }
}
