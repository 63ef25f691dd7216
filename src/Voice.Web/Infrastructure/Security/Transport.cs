using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Voice.Web.Infrastructure.Security;

/// <summary>
/// How the app sits behind a TLS proxy (deploy/nginx.conf): forwarded headers trusted only from
/// the proxies named in configuration, HTTPS redirection and HSTS, cookies sent only over HTTPS,
/// and a configured public address for links. Development and the tests (environment
/// "Testing") run on plain HTTP on localhost, so redirection and Secure cookies are off there.
/// </summary>
public static class Transport
{
    public const string Section = "Voice:Proxy";

    static bool IsLocal(IHostEnvironment env) => env.IsDevelopment() || env.IsEnvironment("Testing");

    public static void Add(WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var local = IsLocal(builder.Environment);
        var publicBase = config["Voice:PublicBaseUrl"];
        if (!string.IsNullOrWhiteSpace(publicBase))
        {
            if (!Uri.TryCreate(publicBase, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && !(local && uri.Scheme == Uri.UriSchemeHttp)))
                throw new InvalidOperationException($"Voice:PublicBaseUrl must be an absolute https:// address, like https://voice.council.gov.uk (it was \"{publicBase}\").");
        }
        else if (!local)
            throw new InvalidOperationException(
                "Set Voice:PublicBaseUrl to the site's public https:// address (for example https://voice.council.gov.uk): " +
                "links in emails are built from it, never from the request's Host header.");

        builder.Services.Configure<ForwardedHeadersOptions>(o => ConfigureProxies(o, config.GetSection(Section)));
        builder.Services.Configure<CookiePolicyOptions>(o =>
        {
            o.Secure = local ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            o.HttpOnly = Microsoft.AspNetCore.CookiePolicy.HttpOnlyPolicy.None;
        });
        // Behind the proxy the app itself listens on plain HTTP, so the HTTPS port is the proxy's.
        builder.Services.AddHttpsRedirection(o => o.HttpsPort = config.GetValue<int?>("Voice:Proxy:HttpsPort") ?? 443);
        builder.Services.AddHsts(o => { o.MaxAge = TimeSpan.FromDays(365); o.IncludeSubDomains = true; });
    }

    /// <summary>
    /// X-Forwarded-For and -Proto are believed only from <c>Voice:Proxy:KnownProxies</c> (addresses)
    /// and <c>KnownNetworks</c> (CIDR, like 172.30.0.0/24); from anyone else they are ignored, so a
    /// client cannot choose its own address for the rate limits or claim HTTPS.
    /// </summary>
    public static void ConfigureProxies(ForwardedHeadersOptions o, IConfiguration section)
    {
        o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        o.ForwardLimit = 1;
        foreach (var proxy in section.GetSection("KnownProxies").Get<string[]>() ?? [])
            o.KnownProxies.Add(IPAddress.Parse(proxy));
        foreach (var network in section.GetSection("KnownNetworks").Get<string[]>() ?? [])
            o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
    }

    /// <summary>First in the pipeline, so everything after sees the client's address and scheme.</summary>
    public static void UseForwardedHeaders(WebApplication app) => app.UseForwardedHeaders();

    /// <summary>After the exception handler: HSTS and HTTPS redirection outside Development, Secure cookies outside Development and the tests.</summary>
    public static void Use(WebApplication app)
    {
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        // The tests run on plain HTTP; health checks from the container runtime come over plain HTTP too.
        if (!IsLocal(app.Environment))
            app.UseWhen(c => !c.Request.Path.StartsWithSegments("/health"), b => b.UseHttpsRedirection());
        app.UseCookiePolicy();
    }
}
