using Voice.Data;
using Voice.Data.CareLeavers;
using Voice.Tests.Support;

namespace Voice.Tests.Infrastructure;

/// <summary>
/// Content is checked in one place while the app starts (VoiceApp.Prepare): a local offer page
/// with broken front matter stops the app, naming the file, like a broken questionnaire does.
/// </summary>
public class StartupContentTests
{
    [Fact]
    public async Task ALocalOfferPageWithBrokenFrontMatter_StopsTheApp_NamingTheFileAndTheField()
    {
        var content = TestPaths.CopyOfContent();
        var page = Path.Combine(content, "local-offer", "education", "16-to-19-bursary.md");
        File.WriteAllText(page, File.ReadAllText(page).Replace("topic: education", "topic: housing"));

        var failure = await Record.ExceptionAsync(async () =>
        {
            await using var app = await VoiceApplication.StartAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?> { ["Voice:ContentPath"] = content });
            _ = app.Server;
        });

        var error = Assert.IsType<LocalOfferException>(failure is LocalOfferException ? failure : failure?.InnerException ?? failure);
        Assert.Contains("16-to-19-bursary.md", error.Message);
        Assert.Contains("topic", error.Message);
    }
}
