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
    /// Public form posts are limited per client address; staff who have signed in are not.
    /// Rejected requests get the friendly 429 page.
    /// </summary>
    public static void Add(RateLimiterOptions options, VoiceOptions.LimitOptions limits)
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            if (!HttpMethods.IsPost(context.Request.Method) || context.User.Identity?.IsAuthenticated == true || IsErrorPage(context))
                return RateLimitPartition.GetNoLimiter("none");
            var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            return RateLimitPartition.GetFixedWindowLimiter("post:" + client, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limits.PublicPostsPerMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            });
        });
        options.AddPolicy(CodeGuessing, context =>
        {
            var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            return RateLimitPartition.GetFixedWindowLimiter("code:" + client, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = Math.Max(5, limits.PublicPostsPerMinute / 3),
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            });
        });
    }
}

/// <summary>Refuses a body larger than the limit before anything reads it, with the friendly 413 page.</summary>
public class RequestSizeMiddleware(RequestDelegate next, Microsoft.Extensions.Options.IOptions<VoiceOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        var max = options.Value.Limits.MaxRequestBytes;
        if (context.Request.ContentLength > max && !RequestLimits.IsErrorPage(context))
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Task.CompletedTask;
        }
        return next(context);
    }
}
