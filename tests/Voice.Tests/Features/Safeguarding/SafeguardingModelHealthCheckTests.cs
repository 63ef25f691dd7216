using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Voice.Data;
using Voice.Data.Feedback.Safeguarding;
using Voice.Tests.Support;

namespace Voice.Tests.Features.Safeguarding;

/// <summary>
/// <c>/health/ready</c> waits for the safeguarding screen's meaning model: a node whose model is
/// still loading must take no traffic (the first answers would wait for it). The app runs with a
/// screen whose tiny encoder is held back (or fails) on the test's word; its example texts are
/// unique to each test, so the real encoder's remembered vectors and shared training are untouched.
/// </summary>
public class SafeguardingModelHealthCheckTests
{
    static IReadOnlyList<LabelledText> Examples(string tag) =>
    [
        .. Enumerable.Range(0, 10).Select(i => new LabelledText(true, "physical", $"{tag} readiness disclosure {i}")),
        .. Enumerable.Range(0, 10).Select(i => new LabelledText(false, "physical", $"{tag} readiness ordinary {i}")),
    ];

    static SafeguardingScreen Screen(Func<IReadOnlyList<string>, float[][]> encode) => new(
        SafeguardingLexicon.Load(Path.Combine(TestPaths.Content, "themes", "safeguarding.json")),
        new SemanticSignal(Examples(Guid.NewGuid().ToString("N")), encode));

    static float[][] Vectors(IReadOnlyList<string> texts) =>
        [.. texts.Select(t => t.Contains("disclosure") ? new float[] { 1, 0 } : new float[] { 0, 1 })];

    static async Task<(HttpStatusCode Status, string Body)> GetAsync(VoiceApplication app, string path)
    {
        using var response = await PageClient.For(app).Http.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheModelStartsLoadingWithTheApp_AndTheAppIsLiveButNotReady_UntilItIsLoaded()
    {
        using var started = new ManualResetEventSlim();
        using var loaded = new ManualResetEventSlim();
        SafeguardingScreen? made = null;
        float[][] Encode(IReadOnlyList<string> texts)
        {
            started.Set();
            // Training holds a process-wide lock while it encodes examples: never hold it for long.
            return loaded.Wait(TimeSpan.FromMinutes(2)) ? Vectors(texts) : throw new TimeoutException();
        }
        try
        {
            await using var app = await VoiceApplication.StartAsync(DatabaseProvider.Sqlite, services: s => s.AddSingleton(_ => made = Screen(Encode)));

            // Loading began at start, before anything asked for the screen.
            Assert.True(started.Wait(TimeSpan.FromMinutes(2)));
            Assert.Equal(HttpStatusCode.OK, (await GetAsync(app, "/health/live")).Status);
            var (status, body) = await GetAsync(app, "/health/ready");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
            Assert.Contains("\"safeguarding-model\":\"Unhealthy\"", body);
            Assert.Contains("\"database\":\"Healthy\"", body);

            loaded.Set();
            await made!.Semantic!.Training;
            (status, body) = await GetAsync(app, "/health/ready");
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Contains("\"status\":\"Healthy\"", body);
            Assert.Contains("\"safeguarding-model\":\"Healthy\"", body);
        }
        finally { loaded.Set(); }
    }

    [Fact]
    public async Task WhenTheModelCannotLoad_TheAppIsReadyButDegraded()
    {
        var screen = Screen(_ => throw new InvalidOperationException("the model file is missing"));
        await using var app = await VoiceApplication.StartAsync(DatabaseProvider.Sqlite, services: s => s.AddSingleton(screen));
        await Assert.ThrowsAnyAsync<Exception>(() => screen.Semantic!.Training);

        var (status, body) = await GetAsync(app, "/health/ready");

        // Still in service: every text the lexicon passes goes to a person instead.
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("\"status\":\"Degraded\"", body);
        Assert.Contains("\"safeguarding-model\":\"Degraded\"", body);
    }
}
