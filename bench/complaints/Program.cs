// Complaints benchmarks against PostgreSQL (issue 3). Run by hand, never in tests:
//   dotnet run -c Release --project bench/complaints -- --postgres "Host=127.0.0.1;Port=55400;Username=postgres" [--submitters 64] [--seconds 30] [--queue 100000]
// Prints and writes bench/results/complaints-<utc>.json.
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Voice.Data;
using Voice.Data.Complaints;
using Voice.Data.Identity;
using Voice.Tests.Support;
using Voice.Web;

var options = Args.Parse(args);
var database = $"voice_bench_{TimeProvider.System.GetUtcNow().UtcDateTime:yyyyMMddHHmmss}";
await using (var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(options.Postgres) { Database = "postgres" }.ToString()))
{
    await conn.OpenAsync();
    await new NpgsqlCommand($"CREATE DATABASE \"{database}\"", conn).ExecuteNonQueryAsync();
}
var connectionString = new NpgsqlConnectionStringBuilder(options.Postgres) { Database = database, MaxPoolSize = 200 }.ToString();
var data = Directory.CreateTempSubdirectory("voice-bench-").FullName;
var app = VoiceApp.Create([], b =>
{
    b.Environment.EnvironmentName = "Production";
    b.WebHost.UseUrls("http://127.0.0.1:0");
    b.Configuration["ConnectionStrings:Voice"] = connectionString;
    b.Configuration["Voice:Database:Provider"] = "Postgres";
    b.Configuration["Voice:DataPath"] = data;
    b.Configuration["Voice:Jobs:Enabled"] = "false";
    b.Configuration["Voice:Limits:PublicPostsPerMinute"] = "100000000";
    b.Configuration["Logging:LogLevel:Default"] = "Warning";
    // Production refuses to start without a certificate for the key ring: a throwaway one.
    using var rsa = System.Security.Cryptography.RSA.Create(2048);
    using var certificate = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=voice-bench", rsa,
        System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1)
        .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(2));
    // As behind the TLS proxy: a public https address for links, and the proxy's header believed from loopback.
    b.Configuration["Voice:PublicBaseUrl"] = "https://voice.example.org";
    b.Configuration["Voice:Proxy:KnownProxies:0"] = "127.0.0.1";
    b.Configuration["Voice:Access:Key"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
    b.Configuration["Voice:DataProtection:Certificate"] = Convert.ToBase64String(certificate.Export(System.Security.Cryptography.X509Certificates.X509ContentType.Pfx));
});
await app.StartAsync();
var baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
var results = new Dictionary<string, object>();

// 1. Concurrent complainants: each goes through the whole online journey, again and again.
{
    var latencies = new System.Collections.Concurrent.ConcurrentBag<double>();
    var failures = 0;
    var submitted = 0;
    using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(options.Seconds));
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, options.Submitters).Select(async i =>
    {
        while (!stop.IsCancellationRequested)
        {
            using var client = Browser.New(baseUrl);
            var sw = Stopwatch.StartNew();
            try
            {
                await Journey.SubmitAsync(client, $"bench-{i}-{Guid.NewGuid():N}@example.com");
                latencies.Add(sw.Elapsed.TotalMilliseconds);
                Interlocked.Increment(ref submitted);
            }
            catch (Exception e) when (e is HttpRequestException or InvalidOperationException or TaskCanceledException)
            {
                Interlocked.Increment(ref failures);
            }
        }
    }));
    await using var db = new VoiceDbContext(VoiceDatabase.Options(DatabaseProvider.Postgres, connectionString));
    var stored = await db.Complaints.CountAsync();
    var distinctKeys = await db.Complaints.Select(c => c.SubmissionKey).Distinct().CountAsync();
    results["submissions"] = new
    {
        submitters = options.Submitters, seconds = clock.Elapsed.TotalSeconds, submitted, failures,
        perSecond = submitted / clock.Elapsed.TotalSeconds,
        p50Ms = Percentile(latencies, 50), p95Ms = Percentile(latencies, 95),
        storedComplaints = stored, distinctSubmissionKeys = distinctKeys,
        lostOrDuplicated = stored - submitted,
    };
}

// 2. The staff queue with many complaints.
{
    await using (var db = new VoiceDbContext(VoiceDatabase.Options(DatabaseProvider.Postgres, connectionString)))
    {
        var rng = new Random(42);
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        for (var done = 0; done < options.Queue; done += 5000)
        {
            db.Complaints.AddRange(Enumerable.Range(done, Math.Min(5000, options.Queue - done)).Select(n => new Complaint
            {
                Reference = $"CMP-BENCH-{n:D8}", TrackingCodeHash = new string('0', 64), Route = ComplaintRoute.Statutory,
                Status = n % 5 == 0 ? ComplaintStatus.Closed : ComplaintStatus.Open, Stage = 1 + n % 3, ComplainantType = ComplainantType.Parent,
                ComplainantName = "Bench " + n, Service = ComplaintServices.All[n % ComplaintServices.All.Count].Code, Description = "Benchmark",
                ReceivedOn = today.AddDays(-rng.Next(0, 400)), CreatedAt = TimeProvider.System.GetUtcNow().UtcDateTime, Channel = ReceivedChannel.Online,
                // A finished complaint has no next deadline.
                NextDueOn = n % 5 == 0 ? null : today.AddDays(rng.Next(-30, 60)), NextDueStep = n % 5 == 0 ? null : nameof(ComplaintStep.Stage1Response),
            }));
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }
    using var staff = Browser.New(baseUrl);
    await Journey.SignInStaffAsync(app, staff);
    async Task<List<double>> TimeAsync(IEnumerable<string> urls)
    {
        var times = new List<double>();
        foreach (var url in urls)
        {
            var sw = Stopwatch.StartNew();
            var response = await staff.GetAsync(url);
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsStringAsync();
            times.Add(sw.Elapsed.TotalMilliseconds);
        }
        return times;
    }
    await TimeAsync(["/staff/complaints", "/health/live"]); // warm up
    // The bare endpoint, the same way and in the same run, before and after the queue.
    var bare = await TimeAsync(Enumerable.Repeat("/health/live", 30));
    var times = await TimeAsync(Enumerable.Repeat("/staff/complaints", 40).Concat(Enumerable.Repeat("/staff/complaints?Overdue=true&page=20", 20)));
    bare.AddRange(await TimeAsync(Enumerable.Repeat("/health/live", 30)));
    results["queue"] = new
    {
        complaints = options.Queue, requests = times.Count, p50Ms = Percentile(times, 50), p95Ms = Percentile(times, 95),
        bareP50Ms = Percentile(bare, 50), bareP95Ms = Percentile(bare, 95),
        loadAverage = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "",
        memoryAfterMB = Process.GetCurrentProcess().WorkingSet64 / (1024 * 1024),
    };
}

await app.StopAsync();
var json = JsonSerializer.Serialize(new { at = TimeProvider.System.GetUtcNow().UtcDateTime, machine = Environment.MachineName, cores = Environment.ProcessorCount, results }, new JsonSerializerOptions { WriteIndented = true });
Console.WriteLine(json);
var folder = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "results");
Directory.CreateDirectory(folder);
await File.WriteAllTextAsync(Path.Combine(folder, $"complaints-{TimeProvider.System.GetUtcNow().UtcDateTime:yyyyMMddTHHmmss}.json"), json);
await using (var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(options.Postgres) { Database = "postgres" }.ToString()))
{
    NpgsqlConnection.ClearAllPools();
    await conn.OpenAsync();
    await new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", conn).ExecuteNonQueryAsync();
}

static double Percentile(IEnumerable<double> values, int p)
{
    var sorted = values.Order().ToArray();
    return sorted.Length == 0 ? 0 : Math.Round(sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p / 100.0 * sorted.Length) - 1)], 1);
}

record Args(string Postgres, int Submitters, int Seconds, int Queue)
{
    public static Args Parse(string[] args)
    {
        string? Get(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        return new Args(
            Get("--postgres") ?? Environment.GetEnvironmentVariable("VOICE_TEST_POSTGRES") ?? throw new ArgumentException("Give --postgres \"Host=...;Username=...\""),
            int.Parse(Get("--submitters") ?? "64"), int.Parse(Get("--seconds") ?? "30"), int.Parse(Get("--queue") ?? "100000"));
    }
}

static class Browser
{
    /// <summary>
    /// A browser as if behind the TLS proxy (X-Forwarded-Proto: https). The app's cookies are then
    /// Secure, which a CookieContainer will not send to an http:// address, so cookies and
    /// redirects (which can set cookies) are handled here.
    /// </summary>
    public static HttpClient New(string baseUrl) =>
        new(new SecureCookies(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false })) { BaseAddress = new Uri(baseUrl), DefaultRequestHeaders = { { "X-Forwarded-Proto", "https" } } };

    sealed class SecureCookies(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        readonly CookieContainer jar = new();

        static Uri Secure(Uri uri) => new UriBuilder(uri) { Scheme = "https", Port = 443 }.Uri;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            for (var hops = 0; ; hops++)
            {
                if (jar.GetCookieHeader(Secure(request.RequestUri!)) is { Length: > 0 } cookies) request.Headers.Add("Cookie", cookies);
                var response = await base.SendAsync(request, ct);
                if (response.Headers.TryGetValues("Set-Cookie", out var set))
                    foreach (var cookie in set) jar.SetCookies(Secure(request.RequestUri!), cookie);
                if ((int)response.StatusCode is not (301 or 302 or 303 or 307 or 308) || response.Headers.Location is not { } location || hops == 10) return response;
                var next = new Uri(request.RequestUri!, location.IsAbsoluteUri ? location.PathAndQuery : location.ToString());
                var keep = (int)response.StatusCode is 307 or 308;
                var again = new HttpRequestMessage(keep ? request.Method : HttpMethod.Get, next) { Content = keep ? request.Content : null };
                foreach (var header in request.Headers.Where(h => h.Key != "Cookie")) again.Headers.TryAddWithoutValidation(header.Key, header.Value);
                response.Dispose();
                request = again;
            }
        }
    }
}

static partial class Journey
{
    /// <summary>The public journey as a browser without JavaScript makes it: one form per page.</summary>
    public static async Task SubmitAsync(HttpClient client, string email)
    {
        // The start page comes from the output cache, without a token: "Start now" does not need one.
        await client.GetStringAsync("/complaints/new");
        var who = await PostAsync(client, "/complaints/new", "");
        var draft = Draft().Match(who.Url).Groups[1].Value;
        var token = Token(who.Html);
        var when = TimeProvider.System.GetUtcNow().UtcDateTime.AddDays(-7);
        await PostAsync(client, $"/complaints/new/{draft}/who", token, ("Who", "Parent"));
        await PostAsync(client, $"/complaints/new/{draft}/service", token, ("Service", "looked-after"));
        await PostAsync(client, $"/complaints/new/{draft}/what-happened", token, ("Description", "Benchmark complaint"));
        await PostAsync(client, $"/complaints/new/{draft}/when", token, ("HappenedOn.Day", when.Day.ToString()), ("HappenedOn.Month", when.Month.ToString()), ("HappenedOn.Year", when.Year.ToString()));
        await PostAsync(client, $"/complaints/new/{draft}/outcome", token, ("WantedOutcome", "An apology"));
        await PostAsync(client, $"/complaints/new/{draft}/help", token, ("Needs", "none"));
        await PostAsync(client, $"/complaints/new/{draft}/contact", token, ("Name", "Bench"), ("Email", email), ("Preference", "Email"));
        var done = await PostAsync(client, $"/complaints/new/{draft}/check", token);
        if (!done.Url.EndsWith("/done", StringComparison.Ordinal)) throw new InvalidOperationException("Not sent: " + done.Url);
    }

    public static async Task SignInStaffAsync(WebApplication app, HttpClient client)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<VoiceUser>>();
        var email = $"bench-{Guid.NewGuid():N}@northfield.example";
        var user = new VoiceUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Bench officer", CreatedAt = TimeProvider.System.GetUtcNow().UtcDateTime };
        await users.CreateAsync(user, "correct horse battery staple");
        await users.AddToRolesAsync(user, [Roles.ComplaintsOfficer]);
        await users.ResetAuthenticatorKeyAsync(user);
        var key = await users.GetAuthenticatorKeyAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);
        var signIn = await client.GetStringAsync("/account/sign-in");
        var code = await PostAsync(client, "/account/sign-in", Token(signIn), ("Email", email), ("Password", "correct horse battery staple"));
        var home = await PostAsync(client, new Uri(code.Url).PathAndQuery, Token(code.Html), ("Code", Totp.Code(key!)));
        if (!home.Url.EndsWith("/staff", StringComparison.Ordinal)) throw new InvalidOperationException("Staff sign-in failed: " + home.Url);
    }

    static async Task<(string Url, string Html)> PostAsync(HttpClient client, string url, string token, params (string, string)[] fields)
    {
        var form = fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)).Append(new("__RequestVerificationToken", token));
        var response = await client.PostAsync(url, new FormUrlEncodedContent(form));
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{url}: {(int)response.StatusCode}");
        return (response.RequestMessage!.RequestUri!.ToString(), await response.Content.ReadAsStringAsync());
    }

    static string Token(string html) => TokenPattern().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("No antiforgery token");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("/complaints/new/([0-9a-f]{32})/")]
    private static partial Regex Draft();
}
