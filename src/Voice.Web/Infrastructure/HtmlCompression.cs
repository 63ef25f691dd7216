using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace Voice.Web.Infrastructure;

/// <summary>
/// Which HTML responses are compressed (page weight, issue 14), with BREACH in mind: compression
/// leaks, through the response's length, whether attacker-controlled text (a search query, a
/// query string) matches a secret elsewhere in the same response. So only the public
/// information pages are compressed: home, the about pages, the care leavers' local offer, its
/// topic index and search, and "You said, we did"; only for a GET or HEAD by someone not signed
/// in. Those pages carry no secret: no antiforgery token and no CSP nonce (they are the same for
/// every visitor, served from the output cache: PublicContentCache), so a reflected search query
/// has nothing to be guessed against. Never compressed: anything a signed-in user sees, the
/// complaint, views and health history journeys (drafts, tracking and access codes, personal
/// answers), the what-can-I-get checker (a date of birth), account pages, and every POST.
/// Static assets are pre-compressed at build time and are not secret.
/// </summary>
public static class HtmlCompression
{
    static readonly string[] Pages = ["/", "/privacy", "/cookies", "/contact", "/accessibility", "/care-leavers", "/you-said-we-did"];
    static readonly string[] Never = ["/care-leavers/health-history", "/care-leavers/what-can-i-get"];

    /// <summary>Whether the path is one of the public information pages (see the class summary).</summary>
    public static bool IsPublicInformation(PathString path)
    {
        var p = path.Value is { Length: > 1 } v ? v.TrimEnd('/') : path.Value ?? "";
        if (Never.Any(n => p.Equals(n, StringComparison.OrdinalIgnoreCase) || p.StartsWith(n + "/", StringComparison.OrdinalIgnoreCase))) return false;
        return Pages.Contains(p, StringComparer.OrdinalIgnoreCase) || p.StartsWith("/care-leavers/", StringComparison.OrdinalIgnoreCase);
    }

    public static bool Allows(HttpContext context) =>
        (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        && context.User.Identity?.IsAuthenticated != true
        && IsPublicInformation(context.Request.Path);

    public static void Add(IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true; // safe here only because of the policy above
            o.MimeTypes = ["text/html"];
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.AddSingleton<IResponseCompressionProvider, PolicyProvider>();
    }

    /// <summary>The framework's provider (encodings, MIME types), asked only where the policy allows.</summary>
    sealed class PolicyProvider(IServiceProvider services, IOptions<ResponseCompressionOptions> options) : ResponseCompressionProvider(services, options)
    {
        public override bool ShouldCompressResponse(HttpContext context) => Allows(context) && base.ShouldCompressResponse(context);
    }
}
