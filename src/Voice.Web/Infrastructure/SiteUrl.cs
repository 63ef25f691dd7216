using Microsoft.Extensions.Options;

namespace Voice.Web.Infrastructure;

/// <summary>
/// Absolute addresses for links that leave the site (emails, QR codes): the configured public
/// address, else the current request's host. Background jobs have no request, so production
/// must set Voice:PublicBaseUrl.
/// </summary>
public class SiteUrl(IOptions<VoiceOptions> options, IHttpContextAccessor http)
{
    public string Base =>
        options.Value.PublicBaseUrl?.TrimEnd('/')
        ?? (http.HttpContext is { } c ? $"{c.Request.Scheme}://{c.Request.Host}" : "http://localhost:5000");

    public string Absolute(string path) => Base + path;
}
