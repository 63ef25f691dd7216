using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Voice.Data;
using Voice.Data.Identity;
using Voice.Tests.Support;
using Voice.Web.Infrastructure;
using Voice.Web.Infrastructure.Security;

namespace Voice.Tests.Infrastructure;

/// <summary>
/// The public information pages come from the output cache (issue 14): the second visit to a page
/// is the first visit's response (the output cache marks it with an Age header, which nothing else
/// in the app sends), with nothing in it that differs by visitor. Each test asks for its own query
/// string (the cache varies by every query key), so no other test has filled the entry first.
/// </summary>
public class PublicContentCacheTests
{
    public static readonly TheoryData<string> CachedPages = new()
    {
        "/", "/privacy", "/accessibility", "/cookies", "/contact", "/care-leavers",
        "/care-leavers/education/higher-education-bursary", "/care-leavers/education/higher-education-bursary/easy-read",
        "/you-said-we-did", "/care-leavers/search?q=money",
        // The two form pages' start pages: the same for everyone (the complaint's start button posts without a token).
        "/complaints/new", "/care-leavers/what-can-i-get",
    };

    static string Fresh(string path) => path + (path.Contains('?') ? "&" : "?") + "t=" + Guid.NewGuid().ToString("N");

    static async Task<HttpResponseMessage> SendAsync(HttpClient http, string url, Action<HttpRequestMessage>? change = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        change?.Invoke(request);
        return await http.SendAsync(request);
    }

    static bool FromCache(HttpResponseMessage response) => response.Headers.Age is not null;

    [Theory, MemberData(nameof(CachedPages))]
    public async Task ASecondVisit_IsServedFromTheCache_WithNothingThatDiffersByVisitor(string path)
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var url = Fresh(path);
        using var first = await SendAsync(app.CreateClient(), url);
        using var second = await SendAsync(app.CreateClient(), url);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False(FromCache(first));
        Assert.True(FromCache(second), $"{path} was made again");
        var html = await second.Content.ReadAsStringAsync();
        Assert.Equal(await first.Content.ReadAsStringAsync(), html);
        // No cookie, no antiforgery token, no nonce: nothing in the cached page belongs to one visitor.
        Assert.False(first.Headers.Contains("Set-Cookie"));
        Assert.DoesNotContain("request-verification-token", html);
        Assert.DoesNotContain("nonce", html);
    }

    [Theory, MemberData(nameof(CachedPages))]
    public async Task ACachedPage_HasACspWithoutANonce_AndNoInlineScript(string path)
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var client = PageClient.For(app);
        var url = Fresh(path);
        await client.GetAsync(url);
        var page = await client.GetAsync(url);
        Assert.True(FromCache(page.Response));
        var csp = page.Response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.DoesNotContain("nonce", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Empty(page.Document.QuerySelectorAll("script:not([src])"));
        // The one inline block is the brand colour's style, allowed by its hash and nothing else.
        var style = Assert.Single(page.Document.QuerySelectorAll("style"));
        Assert.Contains($"'{SecurityHeadersMiddleware.CspHash(style.TextContent)}'", csp);
    }

    [Fact]
    public async Task TheLanguage_AndHtmxRequests_GetTheirOwnEntries()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var url = Fresh("/care-leavers");
        using var english = await SendAsync(app.CreateClient(), url);
        using var again = await SendAsync(app.CreateClient(), url);
        Assert.True(FromCache(again));

        // A reader who chose Polish (the language cookie) gets a Polish page, never the cached English one.
        using var cookie = await SendAsync(app.CreateClient(), url, r => r.Headers.Add("Cookie", $"{Voice.Web.Infrastructure.Languages.LanguageSetup.CookieName}=c%3Den-GB%7Cuic%3Dpl"));
        Assert.False(FromCache(cookie));
        Assert.Contains("lang=\"pl\"", await cookie.Content.ReadAsStringAsync());
        using var cookieAgain = await SendAsync(app.CreateClient(), url, r => r.Headers.Add("Cookie", $"{Voice.Web.Infrastructure.Languages.LanguageSetup.CookieName}=c%3Den-GB%7Cuic%3Dpl"));
        Assert.True(FromCache(cookieAgain));
        Assert.Contains("lang=\"pl\"", await cookieAgain.Content.ReadAsStringAsync());
        using var query = await SendAsync(app.CreateClient(), url + "&lang=ar");
        Assert.False(FromCache(query));
        using var htmx = await SendAsync(app.CreateClient(), url, r => r.Headers.Add("HX-Request", "true"));
        Assert.False(FromCache(htmx));
        // An unrelated cookie (say, another journey's) does not split or bypass the entry.
        using var other = await SendAsync(app.CreateClient(), url, r => r.Headers.Add("Cookie", "something=else"));
        Assert.True(FromCache(other));
    }

    [Fact]
    public async Task SignedInStaff_AreNeverServedFromTheCache_AndTheirPagesAreNotStored()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var staff = PageClient.For(app);
        await staff.SignInAsync(await app.CreateStaffAsync([Roles.ParticipationOfficer]));
        var url = Fresh("/");
        var first = await staff.GetAsync(url);
        var second = await staff.GetAsync(url);
        Assert.Contains("Signed in as", second.Text);
        Assert.False(FromCache(first.Response));
        Assert.False(FromCache(second.Response));
        // What staff were shown was not stored for anyone else.
        var visitor = await PageClient.For(app).GetAsync(url);
        Assert.False(FromCache(visitor.Response));
        Assert.DoesNotContain("Signed in as", visitor.Text);
        // And a page cached for visitors is not what staff see.
        Assert.True(FromCache((await PageClient.For(app).GetAsync(url)).Response));
        Assert.Contains("Signed in as", (await staff.GetAsync(url)).Text);
    }

    [Theory]
    [InlineData("/complaints/track")]
    [InlineData("/views")]
    [InlineData("/care-leavers/what-can-i-get/date-of-birth")]
    public async Task OtherPages_AreNotCached(string path)
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var url = path + (path.Contains('?') ? "&" : "?") + "t=" + Guid.NewGuid().ToString("N");
        using var first = await SendAsync(app.CreateClient(), url);
        using var second = await SendAsync(app.CreateClient(), url);
        Assert.False(FromCache(first));
        Assert.False(FromCache(second));
    }

    [Fact]
    public async Task APageNotFound_IsNotCached()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var url = Fresh("/care-leavers/education/no-such-page");
        using var first = await SendAsync(app.CreateClient(), url);
        using var second = await SendAsync(app.CreateClient(), url);
        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
        Assert.False(FromCache(second));
    }

    [Fact]
    public async Task ACachedPage_IsCompressedForEachVisitorAsTheirBrowserAsks()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var url = Fresh("/care-leavers");
        void Br(HttpRequestMessage r) => r.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        void Gzip(HttpRequestMessage r) => r.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        // Each encoding is made once and then served, compressed, from the cache.
        foreach (var first in new[] { await SendAsync(app.CreateClient(), url, Br), await SendAsync(app.CreateClient(), url), await SendAsync(app.CreateClient(), url, Gzip) })
        {
            Assert.False(FromCache(first));
            first.Dispose();
        }
        using var brotli = await SendAsync(app.CreateClient(), url, Br);
        using var plain = await SendAsync(app.CreateClient(), url);
        using var gzip = await SendAsync(app.CreateClient(), url, Gzip);
        Assert.True(FromCache(brotli) && FromCache(plain) && FromCache(gzip));
        Assert.Equal(["br"], brotli.Content.Headers.ContentEncoding);
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Equal(["gzip"], gzip.Content.Headers.ContentEncoding);
        var html = await plain.Content.ReadAsStringAsync();
        using var unzipped = new GZipStream(await gzip.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        Assert.Equal(html, await new StreamReader(unzipped).ReadToEndAsync());
        using var unbrotli = new BrotliStream(await brotli.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        Assert.Equal(html, await new StreamReader(unbrotli).ReadToEndAsync());
    }

    [Fact]
    public async Task TheComplaintStartPage_FromTheCache_StillStartsADraft_AndTheNextStepHasItsToken()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var url = Fresh("/complaints/new");
        await PageClient.For(app).GetAsync(url);
        var client = PageClient.For(app);
        var start = await client.GetAsync(url);
        Assert.True(FromCache(start.Response));
        Assert.Null(start.Document.QuerySelector("input[name=__RequestVerificationToken]"));
        var who = await client.FollowAsync(await client.SubmitAsync(start.Form()));
        Assert.EndsWith("/who", who.Response.RequestMessage!.RequestUri!.AbsolutePath);
        // The step that stores what the complainant says is protected as before.
        Assert.NotNull(who.Document.QuerySelector("form input[name=__RequestVerificationToken]"));
    }
}
