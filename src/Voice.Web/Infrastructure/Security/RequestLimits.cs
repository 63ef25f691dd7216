using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Voice.Web.Infrastructure.Security;

public static class RequestLimits
{
    /// <summary>A stricter limit for endpoints that check secret codes (tracking codes, invitation codes).</summary>
    public const string CodeGuessing = "code-guessing";

    /// <summary>The error page re-executes the refused request; it must not be refused again.</summary>
    public static bool IsErrorPage(HttpContext context) =>
        context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null
        || context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>() is not null;

    /// <summary>
    /// The client a limit counts: its IPv4 address, or its IPv6 /64 (<see cref="Voice.Data.Access.AccessGuard.Network"/>),
    /// so a client cannot step round a limit by taking another address from its own network.
    /// </summary>
    public static string Client(HttpContext context) => Voice.Data.Access.AccessGuard.Network(context.Connection.RemoteIpAddress);

    /// <summary>An htmx autosave of a long answer (a page's <c>Autosave</c> handler).</summary>
    public static bool IsAutosave(HttpContext context) =>
        string.Equals(context.Request.RouteValues["handler"] as string, "autosave", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Public form posts are limited in the database by <see cref="PublicPostLimitMiddleware"/>;
    /// here only the stricter per-node limit on pages that check codes (guessing codes is also
    /// limited in the database across every node: <see cref="AccessCheck"/>).
    /// </summary>
    public static void Add(RateLimiterOptions options, VoiceOptions.LimitOptions limits)
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.AddPolicy(CodeGuessing, context =>
        {
            return RateLimitPartition.GetFixedWindowLimiter("code:" + Client(context), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = Math.Max(5, limits.PublicPostsPerMinute / 3),
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            });
        });
    }
}

/// <summary>
/// Refuses a body larger than the limit with the friendly 413 page, before anything parses it.
/// A browser that is still uploading when the server answers and closes the connection gets a
/// connection reset, and may show that instead of the page; so a body up to
/// <see cref="DiscardFactor"/> times the limit is read and thrown away first (nothing is kept),
/// then the page is sent on a connection that stays usable. A body claimed to be larger than
/// that is answered at once, and the connection closed.
/// </summary>
public class RequestSizeMiddleware(RequestDelegate next, Microsoft.Extensions.Options.IOptions<VoiceOptions> options)
{
    public const int DiscardFactor = 10;
    static readonly TimeSpan DiscardTime = TimeSpan.FromSeconds(30);

    public async Task InvokeAsync(HttpContext context)
    {
        var max = options.Value.Limits.MaxRequestBytes;
        if (context.Request.ContentLength is not { } length || length <= max || RequestLimits.IsErrorPage(context))
        {
            await next(context);
            return;
        }
        var cap = max * DiscardFactor;
        if (length > cap || !await DiscardBodyAsync(context, cap))
            context.Response.Headers.Connection = "close";
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
    }

    /// <summary>Reads the body to its end without keeping it; false if it could not be read in time.</summary>
    static async Task<bool> DiscardBodyAsync(HttpContext context, long cap)
    {
        var limit = context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>();
        if (limit is { IsReadOnly: false }) limit.MaxRequestBodySize = cap;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        timeout.CancelAfter(DiscardTime);
        var reader = context.Request.BodyReader;
        try
        {
            while (true)
            {
                var result = await reader.ReadAsync(timeout.Token);
                reader.AdvanceTo(result.Buffer.End);
                if (result.IsCompleted) return true;
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or Microsoft.AspNetCore.Http.BadHttpRequestException)
        {
            return false;
        }
    }
}
