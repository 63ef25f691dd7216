using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Voice.Tests.Support;

namespace Voice.Tests.Infrastructure.Security;

/// <summary>The app as deployed: Production, behind a TLS proxy (deploy/nginx.conf).</summary>
public class TransportTests
{
    const string Proxy = "10.20.30.40";

    static WebApplication CreateProduction(TestDatabase db, Dictionary<string, string?> settings)
    {
        using var rsa = RSA.Create(2048);
        using var certificate = new CertificateRequest("CN=voice-keys-test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        var pfx = Convert.ToBase64String(certificate.Export(X509ContentType.Pfx));
        return ProductionApp.Create(db, new(settings)
        {
            ["Voice:DataProtection:Certificate"] = pfx,
            ["AllowedHosts"] = "voice.example",
            ["Voice:Proxy:KnownProxies:0"] = Proxy,
        }, testServer: true);
    }

    static Task<HttpContext> SendAsync(WebApplication app, string path, string from, string host = "voice.example", string? forwardedProto = null, string? forwardedFor = null) =>
        app.GetTestServer().SendAsync(c =>
        {
            c.Request.Method = "GET";
            c.Request.Scheme = "http";
            c.Request.Host = new HostString(host);
            c.Request.Path = path;
            c.Connection.RemoteIpAddress = IPAddress.Parse(from);
            if (forwardedProto is not null) c.Request.Headers["X-Forwarded-Proto"] = forwardedProto;
            if (forwardedFor is not null) c.Request.Headers["X-Forwarded-For"] = forwardedFor;
        });

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("http://voice.example")]
    [InlineData("not a url")]
    public async Task Production_WithoutAnHttpsPublicAddress_RefusesToStart(string? publicBaseUrl)
    {
        await using var db = TestDatabase.CreateSqlite();
        var e = Assert.Throws<InvalidOperationException>(() => CreateProduction(db, new() { ["Voice:PublicBaseUrl"] = publicBaseUrl }));
        Assert.Contains("Voice:PublicBaseUrl", e.Message);
    }

    [Fact]
    public async Task BehindTheProxy_HttpsRequests_AreServedWithHstsAndSecureCookies()
    {
        await using var db = TestDatabase.CreateSqlite();
        await using var app = CreateProduction(db, []);
        await app.StartAsync();

        var page = await SendAsync(app, "/account/sign-in", from: Proxy, forwardedProto: "https", forwardedFor: "203.0.113.9");
        Assert.Equal(200, page.Response.StatusCode);
        Assert.StartsWith("max-age=31536000", page.Response.Headers.StrictTransportSecurity.ToString());
        var cookies = page.Response.Headers.SetCookie.ToArray();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, c => Assert.Contains("secure", c!, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task PlainHttp_IsRedirectedToHttps_AndForwardedHeadersFromStrangersAreIgnored()
    {
        await using var db = TestDatabase.CreateSqlite();
        await using var app = CreateProduction(db, []);
        await app.StartAsync();

        var plain = await SendAsync(app, "/account/sign-in", from: Proxy, forwardedProto: "http");
        Assert.Equal(307, plain.Response.StatusCode);
        Assert.Equal("https://voice.example/account/sign-in", plain.Response.Headers.Location.ToString());

        // Not the proxy: claiming HTTPS (and another address) changes nothing.
        var stranger = await SendAsync(app, "/account/sign-in", from: "198.51.100.7", forwardedProto: "https", forwardedFor: "203.0.113.9");
        Assert.Equal(307, stranger.Response.StatusCode);
        Assert.Equal("198.51.100.7", stranger.Connection.RemoteIpAddress!.ToString());

        // The container runtime's health check comes over plain HTTP.
        Assert.Equal(200, (await SendAsync(app, "/health/live", from: "127.0.0.1")).Response.StatusCode);
    }

    [Fact]
    public async Task ForwardedFor_FromTheProxy_IsTheClientsAddress()
    {
        await using var db = TestDatabase.CreateSqlite();
        await using var app = CreateProduction(db, []);
        await app.StartAsync();
        var page = await SendAsync(app, "/account/sign-in", from: Proxy, forwardedProto: "https", forwardedFor: "203.0.113.9");
        Assert.Equal("203.0.113.9", page.Connection.RemoteIpAddress!.ToString());
        Assert.Equal("https", page.Request.Scheme);
    }

    [Fact]
    public async Task AnotherHostName_IsRefused()
    {
        await using var db = TestDatabase.CreateSqlite();
        await using var app = CreateProduction(db, []);
        await app.StartAsync();
        var page = await SendAsync(app, "/account/sign-in", from: Proxy, host: "evil.example", forwardedProto: "https");
        Assert.Equal(400, page.Response.StatusCode);
    }
}
