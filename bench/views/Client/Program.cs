// Simulated young people answering lac-review-11-17 against a running Voice: each opens the
// invitation link, then for every question GETs the page and POSTs an answer (with the
// page's antiforgery token and its own cookies), following the app's redirects, then chooses
// whether the answers may be used and sends them. Every request is timed.
// Usage: views-bench BASE_URL CODES_FILE CONCURRENCY RESULT_JSON
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

var baseUrl = new Uri(args[0]);
var codes = new ConcurrentQueue<string>(File.ReadAllLines(args[1]).Where(l => l.Trim().Length > 0).Select(l => l.Trim()));
var concurrency = int.Parse(args[2]);
var people = codes.Count;
var latencies = new ConcurrentBag<double>();
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
double Percentile(double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p / 100 * sorted.Length) - 1)];
var result = new
{
    youngPeople = people,
    concurrency,
    requests = sorted.Length,
    seconds = Math.Round(wall.Elapsed.TotalSeconds, 2),
    pagesPerSecond = Math.Round(sorted.Length / wall.Elapsed.TotalSeconds, 1),
    p50Ms = Math.Round(Percentile(50), 1),
    p95Ms = Math.Round(Percentile(95), 1),
    p99Ms = Math.Round(Percentile(99), 1),
    maxMs = Math.Round(sorted.LastOrDefault(), 1),
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
    using var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), UseCookies = true, AllowAutoRedirect = false, MaxConnectionsPerServer = 1 };
    using var http = new HttpClient(handler) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(120) };
    var (status, location, _) = await SendAsync(http, HttpMethod.Get, "/views?code=" + code);
    if (status != HttpStatusCode.Redirect || location != "/views/start") throw new InvalidOperationException($"code not accepted: {status} {location}");
    var (_, _, start) = await SendAsync(http, HttpMethod.Get, "/views/start");
    var next = Regex.Match(start, "href=\"(/views/question/[^\"]+)\"[^>]*govuk-button--start|govuk-button--start[^>]*href=\"(/views/question/[^\"]+)\"");
    var url = WebUtility.HtmlDecode(next.Groups[1].Success ? next.Groups[1].Value : next.Groups[2].Value);
    var answers = 0;
    for (var i = 0; i < 100 && url.StartsWith("/views/question/", StringComparison.Ordinal); i++)
    {
        var (_, _, page) = await SendAsync(http, HttpMethod.Get, url);
        var form = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", Token(page)), new("Action", "continue") };
        var option = Regex.Match(page, "<input[^>]*type=\"(?:radio|checkbox)\"[^>]*>");
        if (option.Success) form.Add(new("Answer", WebUtility.HtmlDecode(Regex.Match(option.Value, "value=\"([^\"]*)\"").Groups[1].Value)));
        else form.Add(new("Answer", "School is going well and I like my football team"));
        answers++;
        var (posted, after, body) = await SendAsync(http, HttpMethod.Post, url, form);
        if (posted != HttpStatusCode.Redirect || after is null) throw new InvalidOperationException($"answer to {url} refused: {posted} {Regex.Match(body, "govuk-error-summary__list\">(.*?)</ul>", RegexOptions.Singleline).Groups[1].Value}");
        url = after;
    }
    if (url == "/views/who-can-read-it")
    {
        var (_, _, who) = await SendAsync(http, HttpMethod.Get, url);
        url = (await SendAsync(http, HttpMethod.Post, url, [new("__RequestVerificationToken", Token(who)), new("Choice", "no")])).Location ?? "";
    }
    if (url != "/views/make-things-better") throw new InvalidOperationException("unexpected end of questions: " + url);
    var (_, _, improve) = await SendAsync(http, HttpMethod.Get, url);
    url = (await SendAsync(http, HttpMethod.Post, url, [new("__RequestVerificationToken", Token(improve)), new("Choice", "no")])).Location ?? "";
    var (_, _, check) = await SendAsync(http, HttpMethod.Get, url);
    var (_, end, _) = await SendAsync(http, HttpMethod.Post, url, [new("__RequestVerificationToken", Token(check))]);
    return (answers, end == "/views/what-happens-next");
}

async Task<(HttpStatusCode Status, string? Location, string Body)> SendAsync(HttpClient http, HttpMethod method, string url, List<KeyValuePair<string, string>>? form = null)
{
    using var request = new HttpRequestMessage(method, url) { Content = form is null ? null : new FormUrlEncodedContent(form) };
    var timer = Stopwatch.StartNew();
    using var response = await http.SendAsync(request);
    var body = await response.Content.ReadAsStringAsync();
    timer.Stop();
    latencies.Add(timer.Elapsed.TotalMilliseconds);
    if ((int)response.StatusCode >= 400) throw new InvalidOperationException($"{method} {url}: {(int)response.StatusCode}");
    var location = response.Headers.Location is { } l ? (l.IsAbsoluteUri ? l.PathAndQuery : l.ToString()) : null;
    return (response.StatusCode, location, body);
}

static string Token(string page) =>
    Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"|type=\"hidden\" name=\"__RequestVerificationToken\" value=\"([^\"]+)\"|name=\"__RequestVerificationToken\" value=\"([^\"]+)\"") is { Success: true } m
        ? m.Groups.Values.Skip(1).First(g => g.Success).Value
        : throw new InvalidOperationException("no antiforgery token on the page");
