using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Voice.Data.Access;
using Voice.Web.Features.Complaints.Track;
using Voice.Web.Features.Views;

namespace Voice.Web.Infrastructure.Security;

/// <summary>
/// Public form posts (not from signed-in staff) are limited to
/// <see cref="VoiceOptions.LimitOptions.PublicPostsPerMinute"/> a minute, counted in the database
/// with the same counter as wrong codes (<see cref="AccessGuard.CountPostAsync"/>), so every node
/// counts together. A post is counted against its journey's session when it has one (a young
/// person's views session, a complaint tracking session: the cookie must be one this service made),
/// else against its client (IPv4 address or IPv6 /64). So a class on one school network answering
/// their views is not refused: each child's session has its own count. htmx autosaves have their
/// own count (four times the limit: one save every 1.5 seconds of typing), so typing never uses
/// up the form's. Keys idle for 15 minutes are deleted. A refused post gets the "Too many attempts"
/// page with status 429. If the database cannot count (an outage), the post is let through: the
/// page then meets the same database.
/// </summary>
public class PublicPostLimitMiddleware(RequestDelegate next, IOptions<VoiceOptions> options, IDataProtectionProvider protection,
    TrackingAccess tracking, ILogger<PublicPostLimitMiddleware> log)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    readonly IDataProtector views = protection.CreateProtector(ViewSession.Purpose);

    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || context.User.Identity?.IsAuthenticated == true || RequestLimits.IsErrorPage(context))
        {
            await next(context);
            return;
        }
        var (partition, max) = Partition(context, options.Value.Limits.PublicPostsPerMinute);
        bool allowed;
        try
        {
            var guard = context.RequestServices.GetRequiredService<AccessGuard>();
            allowed = await guard.CountPostAsync(guard.Posts(partition, max), Window, context.RequestAborted);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "Could not count a public post in the database; it is let through");
            allowed = true;
        }
        if (!allowed)
        {
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = ((int)Window.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return;
        }
        await next(context);
    }

    /// <summary>What a post counts against, and how many it may have a minute.</summary>
    public (string Partition, int MaxPosts) Partition(HttpContext context, int perMinute)
    {
        var owner = Session(context) ?? "client:" + RequestLimits.Client(context);
        return RequestLimits.IsAutosave(context) ? ("autosave:" + owner, perMinute * 4) : (owner, perMinute);
    }

    /// <summary>The journey session this post belongs to, when its cookie is one this service made.</summary>
    string? Session(HttpContext context)
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments("/views") && request.Cookies.TryGetValue(ViewSession.CookieName, out var cookie) && !string.IsNullOrEmpty(cookie))
        {
            try
            {
                return "views:" + views.Unprotect(cookie);
            }
            catch (CryptographicException)
            {
                return null;
            }
        }
        if (request.Path.StartsWithSegments("/complaints/track") && tracking.Read(request) is { } session)
            return "track:" + session.Id + ":" + session.Stamp;
        return null;
    }
}
