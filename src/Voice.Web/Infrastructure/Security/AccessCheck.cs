using Microsoft.Extensions.Options;
using Voice.Data.Access;

namespace Voice.Web.Infrastructure.Security;

/// <summary>
/// The pages' side of <see cref="AccessGuard"/>: the client is the request's address (IPv6 by
/// /64), the target a reference when the form has one. Per client, as many wrong codes in 15
/// minutes as a third of the public posts allowed a minute (10 by default); per target
/// <see cref="VoiceOptions.LimitOptions.CodeFailuresPerTarget"/>.
/// </summary>
public class AccessCheck(AccessGuard guard, IOptions<VoiceOptions> options)
{
    public const string BlockedMessage = "You have tried too many times. Wait 15 minutes, then try again";

    IEnumerable<AccessGuard.Limit> Limits(HttpContext context, string? kind, string? reference)
    {
        var limits = options.Value.Limits;
        yield return guard.Client(context.Connection.RemoteIpAddress, Math.Max(5, limits.PublicPostsPerMinute / 3));
        if (kind is not null && !string.IsNullOrWhiteSpace(reference)) yield return guard.Target(kind, reference, limits.CodeFailuresPerTarget);
    }

    public Task<bool> IsBlockedAsync(HttpContext context, string? kind, string? reference, CancellationToken ct) =>
        guard.IsBlockedAsync(Limits(context, kind, reference), ct);

    public Task FailedAsync(HttpContext context, string? kind, string? reference, CancellationToken ct) =>
        guard.RecordFailureAsync(Limits(context, kind, reference), ct);

    /// <summary>
    /// The server key for <see cref="AccessCodes"/>: <c>Voice:Access:Key</c> (Base64, at least 32
    /// bytes). Required outside Development and the tests, where a fixed key stands in.
    /// </summary>
    public static void Add(WebApplicationBuilder builder)
    {
        var configured = builder.Configuration["Voice:Access:Key"];
        byte[] key;
        if (!string.IsNullOrWhiteSpace(configured)) key = Convert.FromBase64String(configured);
        else if (builder.Environment.IsDevelopment() || builder.Environment.IsEnvironment("Testing"))
            key = System.Security.Cryptography.SHA256.HashData("voice-development-access-key-not-for-real-use"u8);
        else
            throw new InvalidOperationException(
                "Set Voice:Access:Key to a random key of at least 32 bytes in Base64 (for example: openssl rand -base64 32). " +
                "It protects the stored access codes; keep it out of the database's backups.");
        builder.Services.AddSingleton(new AccessCodes(key));
        builder.Services.AddScoped<AccessGuard>();
        builder.Services.AddScoped<AccessCheck>();
    }
}
