using System.IO.Compression;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http;
using Voice.Data;
using Voice.Data.Identity;
using Voice.Tests.Support;
using Voice.Web.Infrastructure;

namespace Voice.Tests.Infrastructure;

/// <summary>HTML is compressed on the public information pages only, for people not signed in (BREACH: see HtmlCompression).</summary>
public class HtmlCompressionTests
{
    static async Task<HttpResponseMessage> GetAsync(PageClient client, string path, string encoding = "br, gzip")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        foreach (var e in encoding.Split(", ")) request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(e));
        return await client.Http.SendAsync(request);
    }

    [Theory]
    [InlineData("/", "br")]
    [InlineData("/care-leavers", "br")]
    [InlineData("/care-leavers/search?q=money", "gzip")]
    [InlineData("/accessibility", "gzip")]
    public async Task PublicInformationPages_AreCompressed(string path, string encoding)
    {
        var client = PageClient.For(await TestApps.Get(DatabaseProvider.Sqlite));
        using var response = await GetAsync(client, path, encoding);
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using Stream decoder = encoding == "br" ? new BrotliStream(new MemoryStream(bytes), CompressionMode.Decompress) : new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        var html = await new StreamReader(decoder).ReadToEndAsync();
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.True(bytes.Length * 2 < html.Length, $"{path}: {bytes.Length} bytes for {html.Length} characters");
    }

    [Theory]
    [InlineData("/complaints/new")]
    [InlineData("/care-leavers/health-history")]
    [InlineData("/care-leavers/what-can-i-get")]
    [InlineData("/account/sign-in")]
    [InlineData("/views")]
    public async Task PagesWithSecretsOrPersonalAnswers_AreNotCompressed(string path)
    {
        var client = PageClient.For(await TestApps.Get(DatabaseProvider.Sqlite));
        using var response = await GetAsync(client, path);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Contains("<!DOCTYPE html>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SignedInStaff_GetNothingCompressed_EvenPublicPages()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var client = PageClient.For(app);
        using (var anonymous = await GetAsync(client, "/")) Assert.NotEmpty(anonymous.Content.Headers.ContentEncoding);
        await client.SignInAsync(await app.CreateStaffAsync([Roles.Practitioner]));
        using var response = await GetAsync(client, "/");
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }

    [Theory]
    [InlineData("/", true)]
    [InlineData("/care-leavers/money/setting-up-home", true)]
    [InlineData("/Care-Leavers/", true)]
    [InlineData("/you-said-we-did", true)]
    [InlineData("/care-leavers/health-history", false)]
    [InlineData("/care-leavers/health-history/status", false)]
    [InlineData("/care-leavers/what-can-i-get/result", false)]
    [InlineData("/complaints/track", false)]
    [InlineData("/staff", false)]
    [InlineData("/views/start", false)]
    public void ThePolicy_NamesThePublicInformationPages(string path, bool compressed) =>
        Assert.Equal(compressed, HtmlCompression.IsPublicInformation(new PathString(path)));
}
