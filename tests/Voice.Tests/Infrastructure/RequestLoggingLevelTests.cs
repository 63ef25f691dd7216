using Microsoft.AspNetCore.Http;
using Serilog.Events;
using Voice.Web.Infrastructure;

namespace Voice.Tests.Infrastructure;

/// <summary>A request the browser abandoned is not an error in the log; a real failure still is.</summary>
public class RequestLoggingLevelTests
{
    static HttpContext Context(bool aborted, int status = 200)
    {
        var context = new DefaultHttpContext { RequestAborted = new CancellationToken(aborted) };
        context.Response.StatusCode = status;
        return context;
    }

    [Fact]
    public void ACancellation_AfterTheBrowserGaveUp_IsLoggedAtDebug() =>
        Assert.Equal(LogEventLevel.Debug, Telemetry.RequestLevel(Context(aborted: true), 10, new TaskCanceledException()));

    [Fact]
    public void ACancellation_WhileTheBrowserIsStillWaiting_IsAnError() =>
        Assert.Equal(LogEventLevel.Error, Telemetry.RequestLevel(Context(aborted: false), 10, new TaskCanceledException()));

    [Fact]
    public void AnyOtherException_OrA5xx_IsAnError_AndAnOrdinaryRequestIsInformation()
    {
        Assert.Equal(LogEventLevel.Error, Telemetry.RequestLevel(Context(aborted: true), 10, new InvalidOperationException()));
        Assert.Equal(LogEventLevel.Error, Telemetry.RequestLevel(Context(aborted: false, status: 503), 10, null));
        Assert.Equal(LogEventLevel.Information, Telemetry.RequestLevel(Context(aborted: false, status: 404), 10, null));
    }
}
