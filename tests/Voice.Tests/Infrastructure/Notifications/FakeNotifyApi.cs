using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Voice.Tests.Infrastructure.Notifications;

/// <summary>
/// A local stand-in for GOV.UK Notify's HTTP API (POST /v2/notifications/email, /sms and
/// /letter) on Kestrel, loopback only. Like Notify it checks the bearer token (a JWT signed with
/// the API key's secret, issued by its service id), answers 201 with the notification, and
/// refuses a letter with fewer than three address lines.
/// </summary>
public sealed class FakeNotifyApi : IAsyncDisposable
{
    public const string ServiceId = "26785a09-ab16-4eb0-8407-a37497a57506";
    public const string Secret = "3d844edf-8d35-48ac-975b-e847b4f122b0";
    public const string ApiKey = "voice_test-" + ServiceId + "-" + Secret;

    public sealed record Request(string Channel, JsonObject Body);

    readonly WebApplication app;
    readonly List<Request> requests = [];

    FakeNotifyApi(WebApplication app) => this.app = app;

    public string BaseUrl => app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    public IReadOnlyList<Request> Requests { get { lock (requests) return [.. requests]; } }

    public static async Task<FakeNotifyApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeNotifyApi(app);
        app.MapPost("/v2/notifications/{channel}", fake.HandleAsync);
        await app.StartAsync();
        return fake;
    }

    async Task<IResult> HandleAsync(string channel, HttpRequest request)
    {
        if (!SignedByTheKey(request.Headers.Authorization.ToString()))
            return Error(403, "AuthError", "Invalid token: signature, api token not found");
        var body = (await JsonNode.ParseAsync(request.Body))!.AsObject();
        lock (requests) requests.Add(new Request(channel, body));
        var personalisation = body["personalisation"]!.AsObject();
        if (channel == "letter" && Enumerable.Range(1, 7).Count(i => personalisation.ContainsKey($"address_line_{i}")) < 3)
            return Error(400, "ValidationError", "Address must be at least 3 lines");
        var id = Guid.NewGuid();
        var template = new JsonObject { ["id"] = body["template_id"]!.GetValue<string>(), ["version"] = 1, ["uri"] = "http://fake/template" };
        var content = new JsonObject { ["body"] = personalisation["body"]?.GetValue<string>() ?? "", ["subject"] = personalisation["subject"]?.GetValue<string>() };
        if (channel == "email") content["from_email"] = "voice@notifications.service.gov.uk";
        return Results.Json(new JsonObject
        {
            ["id"] = id.ToString(),
            ["reference"] = body["reference"]?.GetValue<string>(),
            ["content"] = content,
            ["uri"] = $"http://fake/v2/notifications/{id}",
            ["template"] = template,
        }, statusCode: 201);
    }

    static IResult Error(int status, string error, string message) =>
        Results.Json(new { status_code = status, errors = new[] { new { error, message } } }, statusCode: status);

    static bool SignedByTheKey(string authorization)
    {
        if (!authorization.StartsWith("Bearer ", StringComparison.Ordinal)) return false;
        var parts = authorization["Bearer ".Length..].Split('.');
        if (parts.Length != 3) return false;
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]));
        if (!CryptographicOperations.FixedTimeEquals(expected, Base64Url(parts[2]))) return false;
        using var payload = JsonDocument.Parse(Base64Url(parts[1]));
        return payload.RootElement.GetProperty("iss").GetString() == ServiceId;
    }

    static byte[] Base64Url(string s) =>
        Convert.FromBase64String(s.Replace('-', '+').Replace('_', '/').PadRight(s.Length + (4 - s.Length % 4) % 4, '='));

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
