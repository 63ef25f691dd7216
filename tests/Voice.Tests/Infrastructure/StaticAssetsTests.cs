using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Voice.Data;
using Voice.Tests.Support;

namespace Voice.Tests.Infrastructure;

/// <summary>
/// Static assets through MapStaticAssets: pages link fingerprinted URLs, which are served
/// pre-compressed (brotli or gzip, as the browser accepts) and cached as immutable; htmx is
/// loaded, deferred, only on pages that use it.
/// </summary>
public class StaticAssetsTests
{
    static readonly string Assets = Path.Combine(TestPaths.RepoRoot, "src", "Voice.Web", "wwwroot");

    static async Task<PageClient> ClientAsync() => PageClient.For(await TestApps.Get(DatabaseProvider.Sqlite));

    [Fact]
    public async Task Pages_LinkFingerprintedAssets()
    {
        var home = await (await ClientAsync()).GetAsync("/");
        Assert.Matches(@"^/lib/app\.[a-z0-9]{6,}\.css$", home.Document.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        Assert.Matches(@"^/js/site\.[a-z0-9]{6,}\.js$", home.Document.QuerySelector("script[type=module]")!.GetAttribute("src"));
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task FingerprintedAssets_AreServedPrecompressed_AndImmutable(string encoding)
    {
        var client = await ClientAsync();
        var home = await client.GetAsync("/");
        foreach (var url in new[] { home.Document.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!, home.Document.QuerySelector("script[type=module]")!.GetAttribute("src")! })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
            using var response = await client.Http.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
            var cache = response.Headers.CacheControl!;
            Assert.True(cache.MaxAge >= TimeSpan.FromDays(365), $"{url}: {response.Headers} {response.Content.Headers}");
            Assert.Contains(cache.Extensions, e => e.Name == "immutable");
            Assert.Contains("Accept-Encoding", response.Headers.Vary);

            var compressed = await response.Content.ReadAsByteArrayAsync();
            using var decoder = encoding == "br" ? (Stream)new BrotliStream(new MemoryStream(compressed), CompressionMode.Decompress) : new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
            using var plain = new MemoryStream();
            await decoder.CopyToAsync(plain);
            var original = await File.ReadAllBytesAsync(Path.Combine(Assets, Original(url)));
            Assert.Equal(original, plain.ToArray());
            Assert.True(compressed.Length < original.Length, $"{url}: {compressed.Length} of {original.Length} bytes");
        }
    }

    /// <summary>
    /// The README's run command runs in Development, where ASP.NET Core would watch wwwroot and
    /// send the stylesheet labelled "br" but framed as gzip, which no browser can read.
    /// </summary>
    [Fact]
    public async Task InDevelopment_TheStylesheetStillArrivesReadable()
    {
        await using var app = await VoiceApplication.StartAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?>
        {
            ["environment"] = "Development", ["Voice:SeedDemoData"] = "false",
        });
        var client = PageClient.For(app);
        var url = (await client.GetAsync("/")).Document.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        using var response = await client.Http.SendAsync(request);
        Assert.Equal(["br"], response.Content.Headers.ContentEncoding);
        using var decoder = new BrotliStream(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), CompressionMode.Decompress);
        using var plain = new MemoryStream();
        await decoder.CopyToAsync(plain);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(Assets, Original(url))), plain.ToArray());
    }

    /// <summary>"/lib/app.abc123.css" is the file wwwroot/lib/app.css.</summary>
    static string Original(string url)
    {
        var path = url.TrimStart('/');
        var extension = Path.GetExtension(path);
        var withoutFingerprint = Path.GetFileNameWithoutExtension(Path.GetFileNameWithoutExtension(path)) + extension;
        return Path.Combine(Path.GetDirectoryName(path)!, withoutFingerprint);
    }

    [Fact]
    public async Task GovUkFrontend_IsImportedFromItsFingerprintedUrl_NamedOnTheSiteScript()
    {
        var client = await ClientAsync();
        // A page below the top level too: site.js finds the URL on its own tag wherever the page is.
        var home = await client.GetAsync("/care-leavers/search?q=money");
        var script = home.Document.QuerySelector("script[type=module][data-govuk-frontend]")!;
        Assert.Matches(@"^/js/site\.[a-z0-9]{6,}\.js$", script.GetAttribute("src"));
        Assert.Contains("document.querySelector(\"script[data-govuk-frontend]\")", await File.ReadAllTextAsync(Path.Combine(Assets, "js", "site.js")));
        var target = script.GetAttribute("data-govuk-frontend")!;
        Assert.Matches(@"^/lib/govuk/govuk-frontend\.min\.[a-z0-9]{6,}\.js$", target);
        var response = await client.Http.GetAsync(target);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(response.Headers.CacheControl!.Extensions, e => e.Name == "immutable");
    }

    [Fact]
    public async Task Htmx_IsLoadedDeferred_OnlyOnPagesThatUseIt()
    {
        var client = await ClientAsync();
        var home = await client.GetAsync("/");
        Assert.Null(home.Document.QuerySelector("script[src*='htmx']"));
        Assert.NotNull(home.Document.QuerySelector("script[src*='site.']"));

        var careLeavers = await client.GetAsync("/care-leavers");
        Assert.NotNull(careLeavers.Document.QuerySelector("[hx-get]"));
        var htmx = careLeavers.Document.QuerySelector("script[src*='htmx']")!;
        Assert.Matches(@"^/lib/htmx/htmx\.min\.[a-z0-9]{6,}\.js$", htmx.GetAttribute("src"));
        Assert.True(htmx.HasAttribute("defer"));
    }
}
