using System.Diagnostics;
using System.Text.Json;
using Voice.Web;

namespace Voice.Tests.Infrastructure;

public class ScreenTextCommandTests
{
    static readonly string[] Lines = ["I want to kill myself", "I like football and my foster carer is kind", "", "he hits me when he is drunk"];

    [Fact]
    public void ScreenText_WritesOneJsonObjectPerLine_AndSucceeds()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = Commands.ScreenText([], new StringReader(string.Join("\n", Lines)), output, error);

        Assert.Equal(0, exit);
        Assert.Equal("", error.ToString());
        var results = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(Lines.Length, results.Count);
        Assert.Equal([true, false, false, true], results.Select(r => r.GetProperty("flag").GetBoolean()));
        Assert.Equal(1, results[0].GetProperty("tier").GetInt32());
        Assert.False(string.IsNullOrEmpty(results[0].GetProperty("rule").GetString()));
        Assert.Equal(JsonValueKind.Null, results[1].GetProperty("rule").ValueKind);
    }

    [Fact]
    public void ScreenText_WithAMissingLexicon_SaysSo()
    {
        var error = new StringWriter();
        var exit = Commands.ScreenText(["--lexicon", "/no/such/safeguarding.json"], new StringReader("hello"), new StringWriter(), error);
        Assert.Equal(2, exit);
        Assert.Contains("No safeguarding lexicon at /no/such/safeguarding.json", error.ToString());
    }

    [Fact]
    public void ScreenText_WithABrokenLexicon_NamesTheFileAndField()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("voice-lexicon-").FullName, "safeguarding.json");
        File.WriteAllText(path, """{ "version": 1 }""");
        var error = new StringWriter();
        var exit = Commands.ScreenText(["--lexicon", path], new StringReader("hello"), new StringWriter(), error);
        Assert.Equal(1, exit);
        Assert.StartsWith("safeguarding.json: $", error.ToString());
    }

    /// <summary>
    /// The real command line, through Program: no web host and no database (the configured one
    /// does not exist). Lexicon only, so the child process does not train the semantic model
    /// (the in-process test above covers both signals).
    /// </summary>
    [Fact]
    public async Task TheCommand_RunsWithoutTheWebHostOrADatabase()
    {
        var repository = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(repository, "Voice.sln"))) repository = Path.GetDirectoryName(repository)!;
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Voice.Web.dll"), "screen-text", "--lexicon-only"])
        {
            WorkingDirectory = repository,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["Voice__Database__Provider"] = "Postgres";
        start.Environment["ConnectionStrings__Voice"] = "Host=127.0.0.1;Port=1;Username=nobody;Timeout=1";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:1";
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(string.Join("\n", Lines) + "\n");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);

        Assert.True(process.ExitCode == 0, await error);
        var lines = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Lines.Length, lines.Length);
        Assert.All(lines, l => Assert.StartsWith("{\"flag\":", l));
    }
}
