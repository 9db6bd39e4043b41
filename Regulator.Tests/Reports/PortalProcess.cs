using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Regulator.Tests.Reports;

/// <summary>
/// The portal as a real child process (<c>dotnet Regulator.Web.dll</c>) on a free port with its own SQLite file, so a
/// test can kill it outright, mid-request, the way a crash or a power cut would, and start it again on the same database.
/// </summary>
public sealed class PortalProcess : IDisposable
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"regulator-crash-{Guid.NewGuid():N}.db");
    private readonly List<string> _output = [];
    private Process? _process;

    public Uri Address { get; } = new($"http://127.0.0.1:{FreePort()}");
    public string ConnectionString => $"Data Source={_databasePath}";

    /// <summary>The 12318 shared secret this portal is started with.</summary>
    public string SharedSecret { get; } = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

    /// <summary>The last lines the portal wrote, for a failure message.</summary>
    public string Output { get { lock (_output) return string.Join('\n', _output.TakeLast(30)); } }

    public async Task StartAsync()
    {
        var webDirectory = WebOutputDirectory();
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = webDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { Path.Combine(webDirectory, "Regulator.Web.dll"), "--urls", Address.ToString(), "--Database:Provider", "Sqlite",
                     "--Database:ConnectionString", ConnectionString, "--Seeding:Demo", "false", "--Reports:Intake:SharedSecret", SharedSecret })
            start.ArgumentList.Add(argument);
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
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

    /// <summary>Ends the process at once, with no chance to finish requests or transactions.</summary>
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
            File.Delete(_databasePath + suffix);
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
