// Simulated young people answering lac-review-11-17 against a running Voice: each opens the
// invitation link, then for every question GETs the page and POSTs an answer (with the
// page's antiforgery token and its own cookies), following the app's redirects, then chooses
// whether the answers may be used and sends them. Every request is timed.
// Usage: views-bench BASE_URL CODES_FILE CONCURRENCY RESULT_JSON [PAUSE_MS]
// PAUSE_MS (default 0): after each question page arrives, a young person reads and answers for a
// random 0.5 to 1.5 times this long before posting. With 0, each one posts at once and asks for the
// next page straight away: the server is saturated, and latency is then throughput's queue.
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

var baseUrl = new Uri(args[0]);
var codes = new ConcurrentQueue<string>(File.ReadAllLines(args[1]).Where(l => l.Trim().Length > 0).Select(l => l.Trim()));
var concurrency = int.Parse(args[2]);
var pauseMs = args.Length > 4 ? int.Parse(args[4]) : 0;
var people = codes.Count;
var latencies = new ConcurrentBag<double>();
// The target is about a questionnaire step: the GET of a question and the POST of its answer, kept apart from the rest.
var questionGets = new ConcurrentBag<double>();
var questionPosts = new ConcurrentBag<double>();
long answersPosted = 0, sent = 0, failures = 0;
var errors = new ConcurrentBag<string>();

var wall = Stopwatch.StartNew();
await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
{
    while (codes.TryDequeue(out var code))
    {
        try
        {
            var (answers, done) = await AnswerAsync(code);
            Interlocked.Add(ref answersPosted, answers);
            if (done) Interlocked.Increment(ref sent);
        }
        catch (Exception e)
        {
            Interlocked.Increment(ref failures);
            errors.Add($"{code}: {e.Message}");
        }
    }
})));
wall.Stop();

var sorted = latencies.Order().ToArray();
double Percentile(double p) => Of(sorted, p);
static double Of(double[] sorted, double p) => sorted.Length == 0 ? 0 : Math.Round(sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p / 100 * sorted.Length) - 1)], 1);
object Summary(IEnumerable<double> values)
{
    var s = values.Order().ToArray();
    return new { requests = s.Length, p50Ms = Of(s, 50), p95Ms = Of(s, 95), p99Ms = Of(s, 99), maxMs = Math.Round(s.LastOrDefault(), 1) };
}
var result = new
{
    youngPeople = people,
    concurrency,
    pauseMs,
    requests = sorted.Length,
    seconds = Math.Round(wall.Elapsed.TotalSeconds, 2),
    pagesPerSecond = Math.Round(sorted.Length / wall.Elapsed.TotalSeconds, 1),
    p50Ms = Math.Round(Percentile(50), 1),
    p95Ms = Math.Round(Percentile(95), 1),
    p99Ms = Math.Round(Percentile(99), 1),
    maxMs = Math.Round(sorted.LastOrDefault(), 1),
    questionStep = Summary(questionGets.Concat(questionPosts)),
    questionGet = Summary(questionGets),
    questionPost = Summary(questionPosts),
    answersPosted,
    responsesSent = sent,
    failures,
    firstErrors = errors.Take(5).ToArray(),
};
var json = JsonSerializer.Serialize(result);
File.WriteAllText(args[3], json);
Console.WriteLine(json);
return failures == 0 ? 0 : 1;

async Task<(int Answers, bool Sent)> AnswerAsync(string code)
{
    // Cookies are kept by hand: the app is reached over plain HTTP as if behind the TLS proxy, so its
    // cookies are Secure, which a CookieContainer would not send back to an http:// address.
    using var handler = new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = 1 };
    using var http = new HttpClient(handler) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(120) };
    // As behind the TLS proxy (deploy/nginx.conf): without it, Production answers plain HTTP with a redirect to HTTPS.
    http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
    var jar = new CookieContainer();
    var (status, location, _) = await SendAsync(http, jar, HttpMethod.Get, "/views?code=" + code);
    if (status != HttpStatusCode.Redirect || location != "/views/start") throw new InvalidOperationException($"code not accepted: {status} {location}");
    var (_, _, start) = await SendAsync(http, jar, HttpMethod.Get, "/views/start");
    await ReadAsync();
    var next = Regex.Match(start, "href=\"(/views/question/[^\"]+)\"[^>]*govuk-button--start|govuk-button--start[^>]*href=\"(/views/question/[^\"]+)\"");
    var url = WebUtility.HtmlDecode(next.Groups[1].Success ? next.Groups[1].Value : next.Groups[2].Value);
    var answers = 0;
    for (var i = 0; i < 100 && url.StartsWith("/views/question/", StringComparison.Ordinal); i++)
    {
        var (_, _, page) = await SendAsync(http, jar, HttpMethod.Get, url, into: questionGets);
        var form = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", Token(page)), new("Action", "continue") };
        var option = Regex.Match(page, "<input[^>]*type=\"(?:radio|checkbox)\"[^>]*>");
        if (option.Success) form.Add(new("Answer", WebUtility.HtmlDecode(Regex.Match(option.Value, "value=\"([^\"]*)\"").Groups[1].Value)));
        // Free text is different in every answer, as real answers are: the safeguarding screen's
        // encoder remembers sentences it has seen, and the same sentence each time would skip it.
        else form.Add(new("Answer", $"School is going well and I like my football team, {code.ToLowerInvariant()} {i}"));
        answers++;
        await ReadAsync();
        var (posted, after, body) = await SendAsync(http, jar, HttpMethod.Post, url, form, questionPosts);
        if (posted != HttpStatusCode.Redirect || after is null) throw new InvalidOperationException($"answer to {url} refused: {posted} {Regex.Match(body, "govuk-error-summary__list\">(.*?)</ul>", RegexOptions.Singleline).Groups[1].Value}");
        url = after;
    }
    if (url == "/views/who-can-read-it")
    {
        var (_, _, who) = await SendAsync(http, jar, HttpMethod.Get, url);
        url = (await SendAsync(http, jar, HttpMethod.Post, url, [new("__RequestVerificationToken", Token(who)), new("Choice", "no")])).Location ?? "";
    }
    if (url != "/views/make-things-better") throw new InvalidOperationException("unexpected end of questions: " + url);
    var (_, _, improve) = await SendAsync(http, jar, HttpMethod.Get, url);
    url = (await SendAsync(http, jar, HttpMethod.Post, url, [new("__RequestVerificationToken", Token(improve)), new("Choice", "no")])).Location ?? "";
    var (_, _, check) = await SendAsync(http, jar, HttpMethod.Get, url);
    var (_, end, _) = await SendAsync(http, jar, HttpMethod.Post, url, [new("__RequestVerificationToken", Token(check))]);
    return (answers, end == "/views/what-happens-next");
}

Task ReadAsync() => pauseMs <= 0 ? Task.CompletedTask : Task.Delay(TimeSpan.FromMilliseconds(pauseMs * (0.5 + Random.Shared.NextDouble())));

async Task<(HttpStatusCode Status, string? Location, string Body)> SendAsync(HttpClient http, CookieContainer jar, HttpMethod method, string url, List<KeyValuePair<string, string>>? form = null, ConcurrentBag<double>? into = null)
{
    var secure = new Uri(new UriBuilder(baseUrl) { Scheme = "https", Port = 443 }.Uri, url);
    using var request = new HttpRequestMessage(method, url) { Content = form is null ? null : new FormUrlEncodedContent(form) };
    if (jar.GetCookieHeader(secure) is { Length: > 0 } cookies) request.Headers.Add("Cookie", cookies);
    var timer = Stopwatch.StartNew();
    using var response = await http.SendAsync(request);
    var body = await response.Content.ReadAsStringAsync();
    timer.Stop();
    latencies.Add(timer.Elapsed.TotalMilliseconds);
    into?.Add(timer.Elapsed.TotalMilliseconds);
    if (response.Headers.TryGetValues("Set-Cookie", out var set))
        foreach (var cookie in set) jar.SetCookies(secure, cookie);
    if ((int)response.StatusCode >= 400) throw new InvalidOperationException($"{method} {url}: {(int)response.StatusCode}");
    var location = response.Headers.Location is { } l ? (l.IsAbsoluteUri ? l.PathAndQuery : l.ToString()) : null;
    return (response.StatusCode, location, body);
}

static string Token(string page) =>
    Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"|type=\"hidden\" name=\"__RequestVerificationToken\" value=\"([^\"]+)\"|name=\"__RequestVerificationToken\" value=\"([^\"]+)\"") is { Success: true } m
        ? m.Groups.Values.Skip(1).First(g => g.Success).Value
        : throw new InvalidOperationException("no antiforgery token on the page");
