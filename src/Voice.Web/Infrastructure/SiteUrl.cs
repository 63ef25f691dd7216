using Microsoft.Extensions.Options;

namespace Voice.Web.Infrastructure;

/// <summary>
/// Absolute addresses for links that leave the site (emails, QR codes): always the configured
/// <c>Voice:PublicBaseUrl</c>, never the request's Host header (which a client chooses, so a
/// password reset link could be made to point elsewhere). Required outside Development and the
/// tests (see <see cref="Security.Transport"/>), where <see cref="DevelopmentBase"/> stands in.
/// </summary>
public class SiteUrl(IOptions<VoiceOptions> options)
{
    public const string DevelopmentBase = "http://localhost:5000";

    public string Base => options.Value.PublicBaseUrl is { Length: > 0 } configured ? configured.TrimEnd('/') : DevelopmentBase;

    public string Absolute(string path) => Base + path;
}
