using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Voice.Web;

namespace Voice.Tests.Support;

/// <summary>The app built as in Production (no Development or Testing defaults), on a test database.</summary>
public static class ProductionApp
{
    public static WebApplication Create(TestDatabase db, Dictionary<string, string?> settings, bool testServer = false)
    {
        var data = Directory.CreateTempSubdirectory("voice-test-").FullName;
        return VoiceApp.Create([], b =>
        {
            b.Environment.EnvironmentName = "Production";
            if (testServer) b.WebHost.UseTestServer();
            b.Configuration["ConnectionStrings:Voice"] = db.ConnectionString;
            b.Configuration["Voice:DataPath"] = data;
            b.Configuration["Voice:ContentPath"] = TestPaths.Content;
            b.Configuration["Voice:Jobs:Enabled"] = "false";
            b.Configuration["Logging:LogLevel:Default"] = "Warning";
            b.Configuration["Voice:Access:Key"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
            b.Configuration["Voice:PublicBaseUrl"] = "https://voice.example";
            foreach (var (k, v) in settings) b.Configuration[k] = v;
        }, contentRoot: Path.Combine(TestPaths.RepoRoot, "src", "Voice.Web"));
    }
}
