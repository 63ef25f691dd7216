using System.Diagnostics;

namespace Voice.Tests.Support;

/// <summary>
/// The built app (Voice.Web.dll) run by <c>dotnet</c> as a process of its own, as deployed, so a
/// test can kill it with SIGKILL. Its output goes to a log file in its data folder.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    readonly Process process;
    readonly StreamWriter log;
    bool closed;
    public string Url { get; }
    public string LogFile { get; }

    AppProcess(Process process, StreamWriter log, string url, string logFile) => (this.process, this.log, Url, LogFile) = (process, log, url, logFile);

    public static AppProcess Start(string connectionString, IDictionary<string, string>? settings = null)
    {
        var testBin = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
        var framework = Path.GetFileName(testBin);
        var configuration = Path.GetFileName(Path.GetDirectoryName(testBin))!;
        var web = Path.Combine(TestPaths.RepoRoot, "src", "Voice.Web");
        var dll = Path.Combine(web, "bin", configuration, framework, "Voice.Web.dll");
        if (!File.Exists(dll)) throw new FileNotFoundException("Build Voice.Web first", dll);
        var data = Directory.CreateTempSubdirectory("voice-process-").FullName;
        var url = $"http://127.0.0.1:{ThrowawayPostgres.FreePort()}";
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = web, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["ASPNETCORE_URLS"] = url;
        start.Environment["ConnectionStrings__Voice"] = connectionString;
        start.Environment["Voice__Database__Provider"] = "Postgres";
        start.Environment["Voice__DataPath"] = data;
        start.Environment["Voice__ContentPath"] = TestPaths.Content;
        start.Environment["Voice__Jobs__Enabled"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) start.Environment[key] = value;
        var logFile = Path.Combine(data, "app.log");
        var log = new StreamWriter(logFile) { AutoFlush = true };
        var app = new AppProcess(new Process { StartInfo = start }, log, url, logFile);
        app.process.OutputDataReceived += (_, e) => app.Write(e.Data);
        app.process.ErrorDataReceived += (_, e) => app.Write(e.Data);
        app.process.Start();
        app.process.BeginOutputReadLine();
        app.process.BeginErrorReadLine();
        return app;
    }

    void Write(string? line)
    {
        if (line is null) return;
        lock (log) if (!closed) log.WriteLine(line);
    }

    public bool HasExited => process.HasExited;

    /// <summary>Waits until the app answers its readiness check (the database reachable).</summary>
    public async Task WaitUntilReadyAsync(TimeSpan within)
    {
        using var http = new HttpClient { BaseAddress = new Uri(Url), Timeout = TimeSpan.FromSeconds(10) };
        var until = DateTime.UtcNow + within;
        while (DateTime.UtcNow < until)
        {
            if (process.HasExited) throw new InvalidOperationException($"The app stopped ({process.ExitCode}); see {LogFile}");
            try
            {
                using var response = await http.GetAsync("/health/ready");
                if (response.IsSuccessStatusCode) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The app at {Url} was not ready within {within}; see {LogFile}");
    }

    /// <summary>kill -9: no shutdown, no finishing requests.</summary>
    public void KillHard()
    {
        if (process.HasExited) return;
        process.Kill(entireProcessTree: true); // SIGKILL on Linux
        process.WaitForExit();
    }

    public ValueTask DisposeAsync()
    {
        KillHard();
        process.Dispose();
        lock (log)
        {
            closed = true;
            log.Dispose();
        }
        return ValueTask.CompletedTask;
    }
}
