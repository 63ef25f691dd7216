// QA overview and themes queries on PostgreSQL (issue 8). Run by hand, never in tests:
//   dotnet run -c Release --project bench/analytics -- --postgres "Host=127.0.0.1;Port=5432;Username=postgres" [--items 100000] [--teams 150] [--years 5] [--runs 40]
// Makes a throwaway database, bulk-loads feedback items (COPY), rebuilds the summaries as the job
// does, then times the queries the overview and themes pages make (FeedbackFigures, in process:
// the database work, not HTML). Prints and writes bench/results/analytics-<utc>.json.
using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Voice.Data;
using Voice.Data.Analytics;
using Voice.Data.Analytics.Privacy;

var o = new Dictionary<string, string>();
for (var i = 0; i + 1 < args.Length; i += 2) o[args[i].TrimStart('-')] = args[i + 1];
var postgres = o.GetValueOrDefault("postgres") ?? throw new ArgumentException("--postgres CONNECTION is required");
int Int(string name, int fallback) => o.TryGetValue(name, out var v) ? int.Parse(v) : fallback;
var (items, teams, years, runs) = (Int("items", 100_000), Int("teams", 150), Int("years", 5), Int("runs", 40));

// One clock for the whole run, as the app takes it (TimeProvider), so dates are consistent.
var clock = TimeProvider.System;
var database = $"voice_bench_analytics_{clock.GetUtcNow():yyyyMMddHHmmss}";
await using (var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(postgres) { Database = "postgres" }.ToString()))
{
    await admin.OpenAsync();
    await new NpgsqlCommand($"CREATE DATABASE \"{database}\"", admin).ExecuteNonQueryAsync();
}
var cs = new NpgsqlConnectionStringBuilder(postgres) { Database = database, CommandTimeout = 600 }.ToString();
VoiceDbContext Db() => new(VoiceDatabase.Options(DatabaseProvider.Postgres, cs));
await using (var db = Db()) await db.Database.MigrateAsync();

string[] themes = ["family-contact", "home", "social-worker", "being-heard", "reviews-meetings", "education", "health-wellbeing",
    "safety", "money", "housing-leaving-care", "communication", "identity", "activities", "complaints"];
string[] sources = [FeedbackSources.Views, FeedbackSources.JourneyPoint, FeedbackSources.Complaint, FeedbackSources.AfterComplaint];
string[] journeys = ["looked-after-review", "child-protection-conference", "pathway-plan-review", "assessment-closed", "complaint"];
string[] ages = ["8-11", "11-17", "16+", "parent", "foster-carer"];
string[] tones = ["positive", "negative", "neutral"];
var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
var random = new Random(8);
var results = new Dictionary<string, object> { ["items"] = items, ["teams"] = teams, ["years"] = years, ["runs"] = runs };

// 1. Load: two rows per response (a score and a comment), spread over the years and teams.
var load = Stopwatch.StartNew();
await using (var conn = new NpgsqlConnection(cs))
{
    await conn.OpenAsync();
    await using var copy = await conn.BeginBinaryImportAsync(
        "COPY \"FeedbackItems\" (\"Source\", \"ResponseKey\", \"QuestionId\", \"JourneyPoint\", \"Team\", \"AgeBand\", \"On\", \"Month\", \"Quarter\", " +
        "\"Score\", \"Text\", \"Words\", \"AnonymousUseAgreed\", \"Flagged\", \"Tone\", \"TaggedAt\", \"CorrectedByPerson\", \"SourceAt\", \"IngestedAt\") FROM STDIN (FORMAT BINARY)");
    var now = clock.GetUtcNow().UtcDateTime;
    for (var n = 0; n < items; n++)
    {
        var response = n / 2;
        var r = new Random(response);
        var on = today.AddDays(-r.Next(years * 365));
        var comment = n % 2 == 1;
        await copy.StartRowAsync();
        await copy.WriteAsync(sources[r.Next(sources.Length)], NpgsqlDbType.Text);
        await copy.WriteAsync($"bench:{response}", NpgsqlDbType.Text);
        await copy.WriteAsync(comment ? "words" : "score", NpgsqlDbType.Text);
        await copy.WriteAsync(journeys[r.Next(journeys.Length)], NpgsqlDbType.Text);
        await copy.WriteAsync($"Team {r.Next(teams):000}", NpgsqlDbType.Text);
        await copy.WriteAsync(ages[r.Next(ages.Length)], NpgsqlDbType.Text);
        await copy.WriteAsync(on, NpgsqlDbType.Date);
        await copy.WriteAsync(on.Year * 100 + on.Month, NpgsqlDbType.Integer);
        await copy.WriteAsync(Quarter.Of(on).Key, NpgsqlDbType.Integer);
        if (comment) await copy.WriteNullAsync(); else await copy.WriteAsync(1 + random.Next(5), NpgsqlDbType.Integer);
        if (comment) await copy.WriteAsync("I would like to see my family more often", NpgsqlDbType.Text); else await copy.WriteNullAsync();
        await copy.WriteAsync(comment ? 9 : 0, NpgsqlDbType.Integer);
        await copy.WriteAsync(true, NpgsqlDbType.Boolean);
        await copy.WriteAsync(false, NpgsqlDbType.Boolean);
        if (comment) await copy.WriteAsync(tones[random.Next(3)], NpgsqlDbType.Text); else await copy.WriteNullAsync();
        if (comment) await copy.WriteAsync(now, NpgsqlDbType.TimestampTz); else await copy.WriteNullAsync();
        await copy.WriteAsync(false, NpgsqlDbType.Boolean);
        await copy.WriteAsync(DateTime.SpecifyKind(on.ToDateTime(TimeOnly.MinValue), DateTimeKind.Utc), NpgsqlDbType.TimestampTz);
        await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
    }
    await copy.CompleteAsync();
}
await using (var db = Db())
{
    // One or two themes per comment.
    var list = string.Join(",", themes.Select(t => $"'{t}'"));
    // Constants of this program only: nothing from outside goes into the SQL.
    string[] statements =
    [
        $"INSERT INTO \"FeedbackItemThemes\" (\"ItemId\", \"ThemeId\") SELECT \"Id\", (ARRAY[{list}])[1 + \"Id\" % {themes.Length}] FROM \"FeedbackItems\" WHERE \"Text\" IS NOT NULL",
        $"INSERT INTO \"FeedbackItemThemes\" (\"ItemId\", \"ThemeId\") SELECT \"Id\", (ARRAY[{list}])[1 + (\"Id\" / 7 + 3) % {themes.Length}] FROM \"FeedbackItems\" WHERE \"Text\" IS NOT NULL AND \"Id\" % 3 = 0 AND (\"Id\" / 7 + 3) % {themes.Length} <> \"Id\" % {themes.Length}",
        "ANALYZE",
    ];
    foreach (var sql in statements) await db.Database.ExecuteSqlRawAsync(sql);
}
results["loadSeconds"] = Math.Round(load.Elapsed.TotalSeconds, 1);

// 2. The summaries the pages read, rebuilt as the job does.
var rebuild = Stopwatch.StartNew();
await using (var db = Db()) results["summaryRows"] = await FeedbackSummaryBuilder.RebuildAsync(db, default);
results["rebuildSeconds"] = Math.Round(rebuild.Elapsed.TotalSeconds, 1);

// 3. The pages' queries: filter options, then the grid (one row for the overview, every theme for the themes page).
var last = Quarter.Of(today);
var quarters = new List<Quarter>();
for (var q = Quarter.Of(today.AddYears(-years).AddDays(1)); q.Key <= last.Key; q = q.Next()) quarters.Add(q);
var period = quarters.TakeLast(20).ToList();
var cases = new (string Name, FeedbackFilter Filter, IReadOnlyList<string> Rows)[]
{
    ("overview, no filter", new(null, null, null, null, period), [FeedbackFigures.Everything]),
    ("overview, one team", new("Team 007", null, null, null, period), [FeedbackFigures.Everything]),
    ("overview, team + age + source", new("Team 007", null, "11-17", FeedbackSources.Views, period), [FeedbackFigures.Everything]),
    ("themes, no filter", new(null, null, null, null, period), themes),
    ("themes, one team", new("Team 007", null, null, null, period), themes),
};
var timings = new Dictionary<string, object>();
foreach (var (name, filter, rows) in cases)
{
    var ms = new List<double>();
    for (var run = -3; run < runs; run++)
    {
        await using var db = Db();
        var figures = new FeedbackFigures(db, new SmallNumbers());
        var sw = Stopwatch.StartNew();
        await figures.OptionsAsync(default);
        await figures.GridAsync(filter, rows, default);
        if (run >= 0) ms.Add(sw.Elapsed.TotalMilliseconds);
    }
    ms.Sort();
    double P(double p) => Math.Round(ms[Math.Min(ms.Count - 1, (int)Math.Ceiling(p * ms.Count) - 1)], 1);
    timings[name] = new { p50 = P(0.5), p95 = P(0.95), max = P(1.0) };
    Console.WriteLine($"{name}: p50 {P(0.5)} ms, p95 {P(0.95)} ms");
}
results["queriesMs"] = timings;
results["loadAverage"] = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "";

await using (var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(postgres) { Database = "postgres" }.ToString()))
{
    await admin.OpenAsync();
    await new NpgsqlCommand($"DROP DATABASE \"{database}\" WITH (FORCE)", admin).ExecuteNonQueryAsync();
}
var json = JsonSerializer.Serialize(results, new JsonSerializerOptions { WriteIndented = true });
Console.WriteLine(json);
var dir = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "results");
File.WriteAllText(Path.Combine(Directory.Exists(dir) ? dir : ".", $"analytics-{clock.GetUtcNow().UtcDateTime:yyyyMMddTHHmmss}.json"), json);
