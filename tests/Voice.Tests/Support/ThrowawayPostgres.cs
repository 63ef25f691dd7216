using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Voice.Tests.Support;

/// <summary>
/// A PostgreSQL cluster of a test's own (not the shared one scripts/test.sh starts, which other
/// tests are using at the same time), so the test can stop and start it under the app. The
/// server's programs are found from VOICE_TEST_PG_BIN, which scripts/test.sh sets.
/// </summary>
public sealed class ThrowawayPostgres : IAsyncDisposable
{
    readonly string bin;
    readonly string folder;
    public int Port { get; }
    string Data => Path.Combine(folder, "data");

    ThrowawayPostgres(string bin, string folder, int port) => (this.bin, this.folder, Port) = (bin, folder, port);

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Include Error Detail=true";

    public static async Task<ThrowawayPostgres> StartAsync()
    {
        var bin = Environment.GetEnvironmentVariable("VOICE_TEST_PG_BIN")
            ?? throw new InvalidOperationException("VOICE_TEST_PG_BIN is not set. Run the tests with scripts/test.sh.");
        var folder = Directory.CreateTempSubdirectory("voice-fault-pg-").FullName;
        var cluster = new ThrowawayPostgres(bin, folder, FreePort());
        if (Environment.UserName == "root") await RunAsync("chown", "postgres", folder);
        await cluster.PgAsync("initdb", "-D", cluster.Data, "-A", "trust", "-U", "postgres");
        await cluster.StartServerAsync();
        return cluster;
    }

    public Task StartServerAsync() => PgAsync("pg_ctl", "-D", Data, "-l", Path.Combine(folder, "log"), "-w", "-t", "120",
        "-o", $"-p {Port} -k {folder} -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off", "start"); // commits wait for the WAL write: with synchronous_commit=off a crash loses acknowledged commits, which is what the fault test looks for

    /// <summary>Stops the server at once, as a crash would (no clean shutdown), and waits for it to be gone.</summary>
    public Task CrashServerAsync() => PgAsync("pg_ctl", "-D", Data, "-m", "immediate", "-w", "-t", "120", "stop");

    public async Task CreateDatabaseAsync(string name)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try { await CrashServerAsync(); } catch (InvalidOperationException) { } // already stopped
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>PostgreSQL refuses to run as root: as root, its programs run as the postgres user (as scripts/lib.sh does).</summary>
    Task PgAsync(string program, params string[] arguments) =>
        Environment.UserName == "root"
            ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(bin, program), .. arguments])
            : RunAsync(Path.Combine(bin, program), arguments);

    static async Task RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await output} {await error}");
    }
}
