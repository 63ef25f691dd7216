using System.Net;
using Voice.Data;
using Voice.Tests.Support;

namespace Voice.Tests.Infrastructure;

public class FaviconTests
{
    [Fact]
    public async Task FaviconIco_IsAnIconInTheBrandColour()
    {
        var client = PageClient.For(await TestApps.Get(DatabaseProvider.Sqlite));
        var response = await client.Http.GetAsync("/favicon.ico");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/x-icon", response.Content.Headers.ContentType!.MediaType);
        var ico = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0, 0, 1, 0, 1, 0, 32, 32 }, ico[..8]);
        Assert.Equal(22 + 40 + 32 * 32 * 4 + 32 * 4, ico.Length);
        // The first pixel, blue-green-red-alpha, is the default brand colour #1d4f91.
        Assert.Equal(new byte[] { 0x91, 0x4f, 0x1d, 0xff }, ico[62..66]);
    }

    [Fact]
    public async Task Layout_LinksTheSvgIcon_MadeFromTheCouncilsBranding()
    {
        await using var app = await VoiceApplication.StartAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?>
        {
            ["Voice:Council:Name"] = "Southbury & District Council",
            ["Voice:Council:BrandColour"] = "#006435",
        });
        var client = PageClient.For(app);
        var home = await client.GetAsync("/");
        var link = home.Document.QuerySelector("head link[rel=icon]")!;
        Assert.Equal("image/svg+xml", link.GetAttribute("type"));

        var response = await client.Http.GetAsync(link.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType!.MediaType);
        var svg = System.Xml.Linq.XDocument.Parse(await response.Content.ReadAsStringAsync());
        static System.Xml.Linq.XName Svg(string name) => System.Xml.Linq.XName.Get(name, "http://www.w3.org/2000/svg");
        Assert.Equal("#006435", svg.Root!.Element(Svg("rect"))!.Attribute("fill")!.Value);
        Assert.Equal("S", svg.Root.Element(Svg("text"))!.Value);

        var ico = await client.Http.GetByteArrayAsync("/favicon.ico");
        Assert.Equal(new byte[] { 0x35, 0x64, 0x00, 0xff }, ico[62..66]);
    }
}
