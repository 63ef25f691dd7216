using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Voice.Web.Infrastructure.Security;

/// <summary>
/// A strict Content Security Policy and the other response headers every page gets. Pages have no
/// inline script: the layout's one inline block is the council's brand colour, a style the policy
/// names by its hash, so a page is the same for every visitor and can be served from the output
/// cache (<see cref="PublicContentCache"/>). A page that ever needs an inline script asks for a
/// nonce (<see cref="CspNonce.GetCspNonce"/>); only then does its policy carry one.
/// Everything that may hold personal data also gets "Cache-Control: no-store".
/// </summary>
public class SecurityHeadersMiddleware(RequestDelegate next, IOptions<VoiceOptions> options)
{
    public const string NonceKey = "voice.csp-nonce";
    const string StartedKey = "voice.security-headers";

    readonly Lazy<string> brandStyleHash = new(() => CspHash(BrandStyle.Css(options.Value.Council.BrandColour)));

    public Task InvokeAsync(HttpContext context)
    {
        // An error page is shown by running the request through here again: it keeps the nonce
        // (if any) and the one header it already has, or its own inline blocks would not match.
        if (context.Items.ContainsKey(StartedKey)) return next(context);
        context.Items[StartedKey] = true;
        context.Response.OnStarting(() =>
        {
            var nonce = context.Items[NonceKey] is string n ? $" 'nonce-{n}'" : "";
            var h = context.Response.Headers;
            h.ContentSecurityPolicy =
                $"default-src 'self'; script-src 'self'{nonce}; style-src 'self' '{brandStyleHash.Value}'{nonce}; " +
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

    /// <summary>A CSP source naming an inline block by its content ('sha256-…').</summary>
    public static string CspHash(string content) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
}

/// <summary>The council's brand colour as the layout's one inline style (its hash is in the CSP).</summary>
public static class BrandStyle
{
    public static string Css(string colour) => $":root {{ --voice-brand-colour: {colour}; }}";
}

public static class CspNonce
{
    /// <summary>This response's nonce, made on first use; the policy names it only if something asked.</summary>
    public static string GetCspNonce(this HttpContext context)
    {
        if (context.Items[SecurityHeadersMiddleware.NonceKey] is string nonce) return nonce;
        nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
        context.Items[SecurityHeadersMiddleware.NonceKey] = nonce;
        return nonce;
    }
}
