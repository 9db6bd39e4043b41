namespace Regulator.Bench.Filings;

/// <summary>
/// Samples a process's resident memory (Linux /proc) once a second, to show whether it stays flat under load, and
/// reads its CPU time: on a shared machine, CPU per filing says more than wall time alone.
/// </summary>
public sealed class ProcessSampler : IAsyncDisposable
{
    private readonly int _pid;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly List<(double Progress, long Bytes)> _samples = [];
    private Func<double> _progress = () => 0;

    public ProcessSampler(int pid)
    {
        _pid = pid;
        _loop = Task.Run(LoopAsync);
    }

    public void Track(Func<double> progress) => _progress = progress;

    public IReadOnlyList<(double Progress, long Bytes)> Samples { get { lock (_samples) return [.. _samples]; } }

    public static long? ResidentBytes(int pid)
    {
        var path = $"/proc/{pid}/status";
        if (!File.Exists(path)) return null;
        var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith("VmRSS:"));
        return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
    }

    /// <summary>User plus system CPU time the process has used so far.</summary>
    public static TimeSpan? CpuTime(int pid)
    {
        var path = $"/proc/{pid}/stat";
        if (!File.Exists(path)) return null;
        // Fields after the command name, which is in parentheses and may contain spaces: utime and stime are the 12th and 13th.
        var fields = File.ReadAllText(path).Split(')')[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return TimeSpan.FromSeconds((long.Parse(fields[11]) + long.Parse(fields[12])) / 100.0);
    }

    /// <summary>
    /// CPU time every core of the machine has spent busy so far (user, nice, system, interrupts, steal; Linux
    /// /proc/stat), so that a run on a shared machine can say how much of it was the process measured.
    /// </summary>
    public static TimeSpan MachineBusyTime()
    {
        var ticks = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(long.Parse).ToArray();
        // user nice system idle iowait irq softirq steal: idle and iowait are not busy.
        return TimeSpan.FromSeconds((ticks[0] + ticks[1] + ticks[2] + ticks[5] + ticks[6] + ticks[7]) / 100.0);
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            if (ResidentBytes(_pid) is { } bytes) lock (_samples) _samples.Add((_progress(), bytes));
            try { await Task.Delay(1000, _stop.Token); } catch (OperationCanceledException) { }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
    }
}
