namespace Regulator.Bench.Documents;

/// <summary>
/// Samples this process and all its descendants (read from <c>/proc</c>) every second: peak memory and CPU time.
/// Not more often: reading every process's <c>smaps_rollup</c> costs kernel time charged to this process, and at
/// 100 ms the sampler cost the PDF benchmark more CPU than the portal's own rendering.
/// Memory is PSS (proportional set size): Chromium's processes share most of their pages, and adding their RSS
/// would count those pages once per process. Chromium works in child processes that the .NET counters do not see, and on a shared machine the
/// CPU time says what the wall time would be without the neighbours.
/// </summary>
public sealed class ProcessTreeSampler : IDisposable
{
    private static readonly double TicksPerSecond = 100; // USER_HZ, 100 on Linux
    private readonly Timer _timer;
    private readonly int _root = Environment.ProcessId;
    private readonly object _gate = new();
    private readonly Dictionary<(int Pid, long Start), long> _cpuTicks = [];
    private readonly long _cpuAtStart;

    public ProcessTreeSampler()
    {
        Sample();
        _cpuAtStart = _cpuTicks.Values.Sum();
        _timer = new Timer(_ => Sample(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    public double PeakOwnMb { get; private set; }
    public double PeakTreeMb { get; private set; }

    /// <summary>CPU seconds the tree used since the sampler started (user and system, all processes).</summary>
    public double CpuSeconds => (_cpuTicks.Values.Sum() - _cpuAtStart) / TicksPerSecond;

    private void Sample()
    {
        lock (_gate)
        {
            var processes = new Dictionary<int, string[]>();
            foreach (var dir in Directory.EnumerateDirectories("/proc"))
            {
                if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
                try
                {
                    // stat is "pid (comm) state ppid …"; comm may hold spaces, so split after the last ')'.
                    var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                    processes[pid] = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                }
                catch (IOException) { /* ended meanwhile */ }
            }
            long tree = 0;
            foreach (var (pid, fields) in processes.Where(p => IsDescendant(p.Key, processes)))
            {
                tree += Pss(pid);
                // utime + stime, kept per process (pid and start time) so an ended process keeps its last reading.
                _cpuTicks[(pid, long.Parse(fields[19]))] = long.Parse(fields[11]) + long.Parse(fields[12]);
            }
            PeakOwnMb = Math.Max(PeakOwnMb, Pss(_root) / 1048576.0);
            PeakTreeMb = Math.Max(PeakTreeMb, tree / 1048576.0);
        }
    }

    private bool IsDescendant(int pid, Dictionary<int, string[]> processes)
    {
        for (var p = pid; p > 1; p = processes.TryGetValue(p, out var f) ? int.Parse(f[1]) : 0)
            if (p == _root) return true;
        return false;
    }

    private static long Pss(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/smaps_rollup").FirstOrDefault(l => l.StartsWith("Pss:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
        }
        catch (IOException) { return 0; }
        catch (UnauthorizedAccessException) { return 0; }
    }

    public void Dispose()
    {
        _timer.Dispose();
        Sample();
    }
}
