using System.Globalization;
using System.Security;
using Microsoft.Extensions.Options;

namespace Voice.Web.Infrastructure;

/// <summary>
/// The site's icon, made from the council's branding settings: a square in the brand colour with
/// the council's initial (SVG, linked from the layout), and the same square as /favicon.ico for
/// browsers and tools that ask for that address.
/// </summary>
public static class Favicon
{
    const string FallbackColour = "#1d4f91";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/favicon.svg", (IOptions<VoiceOptions> options, HttpContext context) =>
        {
            Cache(context);
            return Results.Text(Svg(options.Value.Council), "image/svg+xml");
        }).AllowAnonymous();
        app.MapGet("/favicon.ico", (IOptions<VoiceOptions> options, HttpContext context) =>
        {
            Cache(context);
            return Results.Bytes(Ico(options.Value.Council), "image/x-icon");
        }).AllowAnonymous();
    }

    static void Cache(HttpContext context) => context.Response.Headers.CacheControl = "public, max-age=86400";

    static string Colour(VoiceOptions.CouncilOptions council) => council.BrandColourIsValid ? council.BrandColour : FallbackColour;

    public static string Svg(VoiceOptions.CouncilOptions council)
    {
        var initial = council.Name.Trim().FirstOrDefault(char.IsLetterOrDigit);
        var letter = initial == default ? "" : SecurityElement.Escape(char.ToUpperInvariant(initial).ToString());
        return $"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="5" fill="{Colour(council)}"/>""" +
               $"""<text x="16" y="23" fill="#ffffff" font-family="Arial, Helvetica, sans-serif" font-size="20" font-weight="bold" text-anchor="middle">{letter}</text></svg>""";
    }

    /// <summary>A 32 by 32 icon in the brand colour: one 32-bit bitmap image in an ICO file.</summary>
    public static byte[] Ico(VoiceOptions.CouncilOptions council)
    {
        const int size = 32, pixels = size * size * 4, mask = size * 4;
        var rgb = int.Parse(Colour(council).AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        using var stream = new MemoryStream();
        using var w = new BinaryWriter(stream);
        w.Write((short)0); w.Write((short)1); w.Write((short)1);                  // ICONDIR: an icon, one image
        w.Write((byte)size); w.Write((byte)size); w.Write((byte)0); w.Write((byte)0);
        w.Write((short)1); w.Write((short)32); w.Write(40 + pixels + mask); w.Write(22);  // ICONDIRENTRY
        w.Write(40); w.Write(size); w.Write(size * 2); w.Write((short)1); w.Write((short)32); // BITMAPINFOHEADER
        w.Write(0); w.Write(pixels + mask); w.Write(0); w.Write(0); w.Write(0); w.Write(0);
        for (var i = 0; i < size * size; i++)
        {
            w.Write((byte)(rgb & 0xff)); w.Write((byte)((rgb >> 8) & 0xff)); w.Write((byte)((rgb >> 16) & 0xff)); w.Write((byte)0xff);
        }
        w.Write(new byte[mask]); // the AND mask: every pixel shown
        w.Flush();
        return stream.ToArray();
    }
}
