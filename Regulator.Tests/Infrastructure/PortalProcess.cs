using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Regulator.Tests.Infrastructure;

/// <summary>
/// The portal as a real child process (<c>dotnet Regulator.Web.dll</c>) on a free port, so a test can kill it outright
/// (SIGKILL), mid-request or mid-job, the way a crash or a power cut would, and start it again on the same database.
/// By default on a SQLite file of its own; given a PostgreSQL connection string, one of several nodes on that database.
/// </summary>
public sealed class PortalProcess(string? postgresConnectionString = null, IReadOnlyDictionary<string, string>? settings = null) : IDisposable
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"regulator-crash-{Guid.NewGuid():N}.db");
    private readonly List<string> _output = [];
    private Process? _process;

    public Uri Address { get; } = new($"http://127.0.0.1:{FreePort()}");
    public string ConnectionString => postgresConnectionString ?? $"Data Source={_databasePath}";

    /// <summary>The operating system's id of the running portal (Hangfire's server names carry it).</summary>
    public int ProcessId => _process?.Id ?? throw new InvalidOperationException("Not started.");

    /// <summary>The 12318 shared secret this portal is started with.</summary>
    public string SharedSecret { get; } = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

    /// <summary>The last lines the portal wrote, for a failure message.</summary>
    public string Output { get { lock (_output) return string.Join('\n', _output.TakeLast(30)); } }

    /// <param name="timeout">How long it may take to answer /health (a first start migrates and may seed); 60 s by default.</param>
    public async Task StartAsync(TimeSpan? timeout = null)
    {
        var webDirectory = WebOutputDirectory();
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = webDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var arguments = new Dictionary<string, string>
        {
            ["Database:Provider"] = postgresConnectionString is null ? "Sqlite" : "Postgres",
            ["Database:ConnectionString"] = ConnectionString,
            ["Seeding:Demo"] = "false",
            ["Reports:Intake:SharedSecret"] = SharedSecret,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) arguments[key] = value;
        start.ArgumentList.Add(Path.Combine(webDirectory, "Regulator.Web.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(Address.ToString());
        foreach (var (key, value) in arguments)
        {
            start.ArgumentList.Add("--" + key);
            start.ArgumentList.Add(value);
        }
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                if ((await http.GetAsync("/health")).IsSuccessStatusCode) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            await Task.Delay(200);
        }
        throw new InvalidOperationException($"The portal did not start:\n{Output}");
    }

    /// <summary>Ends the process at once (SIGKILL, as <c>kill -9</c>), with no chance to finish requests, transactions or jobs.</summary>
    public void Kill()
    {
        _process?.Kill(entireProcessTree: true);
        _process?.WaitForExit();
    }

    public void Dispose()
    {
        if (_process is { HasExited: false }) Kill();
        _process?.Dispose();
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            File.Delete(_databasePath + suffix);
            File.Delete(Path.ChangeExtension(_databasePath, ".hangfire.db") + suffix);
        }
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (_output) _output.Add(line);
    }

    // The web project's own build output, which has its runtime configuration and appsettings.json beside it.
    private static string WebOutputDirectory()
    {
        var tests = new DirectoryInfo(AppContext.BaseDirectory); // …/Regulator.Tests/bin/<Configuration>/net10.0/
        var root = tests.Parent!.Parent!.Parent!.Parent!.FullName;
        return Path.Combine(root, "Regulator.Web", "bin", tests.Parent!.Name, tests.Name);
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
