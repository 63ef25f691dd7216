using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Voice.Web;
using Voice.Web.Infrastructure.Security;

namespace Voice.Tests.Infrastructure.Security;

/// <summary>
/// A body over the size limit, sent to the real app on Kestrel over a plain socket, as a browser
/// sends a form. A browser still uploading when the server closes the connection shows a
/// connection error instead of the 413 page; so the server must read the body to its end first.
/// </summary>
public class RequestSizeTests : IAsyncLifetime
{
    const long Limit = 100_000;
    WebApplication app = null!;
    Uri address = null!;
    readonly string data = Directory.CreateTempSubdirectory("voice-size-").FullName;

    public async Task InitializeAsync()
    {
        app = VoiceApp.Create([], b =>
        {
            b.Environment.EnvironmentName = "Testing";
            b.WebHost.UseUrls("http://127.0.0.1:0");
            b.Configuration["Voice:DataPath"] = data;
            b.Configuration["Voice:Jobs:Enabled"] = "false";
            b.Configuration["Voice:ContentPath"] = TestPaths.Content;
            b.Configuration["Voice:Limits:MaxRequestBytes"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture);
            b.Configuration["Logging:LogLevel:Default"] = "Warning";
        }, contentRoot: Path.Combine(TestPaths.RepoRoot, "src", "Voice.Web"));
        await app.StartAsync();
        address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        try { Directory.Delete(data, true); } catch (IOException) { }
    }

    [Fact]
    public async Task TooBigBody_IsReadToTheEnd_ThenThe413PageIsSent_OnAConnectionThatStaysOpen()
    {
        using var client = new TcpClient();
        await client.ConnectAsync(address.Host, address.Port);
        var stream = client.GetStream();
        var body = "Email=" + new string('x', (int)Limit + 50_000);
        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            $"POST /account/forgot-password HTTP/1.1\r\nHost: {address.Authority}\r\n" +
            $"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {body.Length}\r\n\r\n{body}"));

        var response = await ReadResponseAsync(stream);
        Assert.StartsWith("HTTP/1.1 413", response);
        Assert.Contains("What you sent is too big", response);
        Assert.DoesNotContain("Connection: close", response, StringComparison.OrdinalIgnoreCase);

        // The whole body was read, so the same connection carries the next request.
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET /health/live HTTP/1.1\r\nHost: {address.Authority}\r\n\r\n"));
        Assert.StartsWith("HTTP/1.1 200", await ReadResponseAsync(stream));
    }

    [Fact]
    public async Task BodyClaimedFarTooBig_IsNotRead_The413PageIsSentAndTheConnectionClosed()
    {
        using var client = new TcpClient();
        await client.ConnectAsync(address.Host, address.Port);
        var stream = client.GetStream();
        var claimed = Limit * RequestSizeMiddleware.DiscardFactor + 1;
        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            $"POST /account/forgot-password HTTP/1.1\r\nHost: {address.Authority}\r\n" +
            $"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {claimed}\r\n\r\nEmail=x"));

        var response = await ReadResponseAsync(stream);
        Assert.StartsWith("HTTP/1.1 413", response);
        Assert.Contains("What you sent is too big", response);
        Assert.Contains("Connection: close", response, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Reads one HTTP/1.1 response (with a length or chunked) without closing the stream.</summary>
    static async Task<string> ReadResponseAsync(NetworkStream stream)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2)); // only so a broken server cannot hang the run
        var received = new MemoryStream();
        var chunk = new byte[16 * 1024];
        while (true)
        {
            var text = Encoding.UTF8.GetString(received.ToArray());
            var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (end >= 0)
            {
                var headers = text[..end];
                var length = System.Text.RegularExpressions.Regex.Match(headers, @"(?im)^content-length:\s*(\d+)");
                if (length.Success && received.Length >= Encoding.UTF8.GetByteCount(headers) + 4 + long.Parse(length.Groups[1].Value)) return text;
                if (headers.Contains("transfer-encoding: chunked", StringComparison.OrdinalIgnoreCase) && text.EndsWith("\r\n0\r\n\r\n", StringComparison.Ordinal)) return text;
            }
            var read = await stream.ReadAsync(chunk, timeout.Token);
            if (read == 0) return text;
            received.Write(chunk, 0, read);
        }
    }
}
