using System.Security.Cryptography;

namespace Voice.Web.Infrastructure.Security;

/// <summary>
/// A fresh nonce per request for the few inline scripts and styles the layout needs, a strict
/// Content Security Policy built around it, and the other response headers every page gets,
/// including "Cache-Control: no-store" on everything that may hold personal data.
/// </summary>
public class SecurityHeadersMiddleware(RequestDelegate next)
{
    public const string NonceKey = "voice.csp-nonce";

    public Task InvokeAsync(HttpContext context)
    {
        // An error page is shown by running the request through here again: it keeps the nonce
        // (and the one header) it already has, or its own inline blocks would not match the header.
        if (context.Items.ContainsKey(NonceKey)) return next(context);
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
        context.Items[NonceKey] = nonce;
        context.Response.OnStarting(() =>
        {
            var h = context.Response.Headers;
            h.ContentSecurityPolicy =
                $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'nonce-{nonce}'; " +
                "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; " +
                "form-action 'self'; frame-ancestors 'none'";
            h.XContentTypeOptions = "nosniff";
            h.XFrameOptions = "DENY";
            h["Referrer-Policy"] = "no-referrer";
            h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            h["Cross-Origin-Opener-Policy"] = "same-origin";
            // Nothing personal may stay in a browser's or a proxy's cache (a shared computer, a
            // school's proxy): every response is "no-store" unless it set its own caching (static
            // assets, the favicon) or is a public information page seen by someone not signed in.
            if (!h.ContainsKey("Cache-Control") && !HtmlCompression.Allows(context)) h.CacheControl = "no-store";
            return Task.CompletedTask;
        });
        return next(context);
    }
}

public static class CspNonce
{
    public static string GetCspNonce(this HttpContext context) =>
        context.Items[SecurityHeadersMiddleware.NonceKey] as string ?? "";
}
