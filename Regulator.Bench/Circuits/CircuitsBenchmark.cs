using System.Globalization;
using Regulator.Bench.Filings;

namespace Regulator.Bench.Circuits;

/// <summary>
/// <c>circuits</c>: many people on the interactive filings list at once. Opens <c>--circuits</c> tabs (default 20),
/// signed in as <c>--user</c> (a provincial user), against a portal that <c>scripts/bench-circuits.sh</c> started on the
/// filings benchmark's database, and prints, with all tabs working at once: the first render p95 (request to the list's
/// rows shown), the time until the circuit is live, and the sort round trip p95 (the sortable "filed" header until the
/// list shows the other end of the order); then the portal's resident memory per open circuit, (RSS with the circuits
/// open − RSS with none, after a warm-up) / circuits, and with <c>--memory-circuits M</c> the same with M open.
/// <c>--client protocol</c> (the default) speaks the circuit protocol (<see cref="ProtocolCircuit"/>), so the figures
/// are the portal's; <c>--client chromium</c> drives pages of one headless Chromium, whose own work on the same cores
/// then dominates. Milliseconds and MB; the load average and the portal's share of the busy machine are printed beside
/// them, since on a shared two-core machine they explain most of the spread.
/// </summary>
public static class CircuitsBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var url = CommandLine.Value(args, "--url") ?? throw new ArgumentException("--url is required");
        var circuits = CommandLine.Int(args, "--circuits", 20);
        var loads = CommandLine.Int(args, "--loads", 3);
        var sorts = CommandLine.Int(args, "--sorts", 10);
        var user = CommandLine.Value(args, "--user") ?? "bj.admin";
        var portalPid = CommandLine.Int(args, "--portal-pid", 0);
        // Every step (a page load, a sort) ends within this or fails the run naming the page and what it saw: a step
        // that never ends (a click lost before the circuit was live, a read that never answers) must not hang silently.
        var stepTimeout = TimeSpan.FromSeconds(CommandLine.Int(args, "--step-timeout", 60));
        // For profiling: keep the circuits open this long after the figures (a heap dump of the portal then shows what
        // they hold), then close them and wait as long again (a dump with none open). Prints "holding" and "closed".
        var hold = TimeSpan.FromSeconds(CommandLine.Int(args, "--hold-seconds", 0));
        // People read a page before the next click, and twenty people do not press Enter in the same millisecond: with
        // --think-ms each circuit waits a random 0–2× that long before each step, its first page load included (0, the
        // default, has all circuits load at the same instant and click again the moment a step ended: a stress test).
        var think = CommandLine.Int(args, "--think-ms", 0);
        var memoryCircuits = CommandLine.Int(args, "--memory-circuits", 0);

        await using ICircuitClient client = CommandLine.Value(args, "--client") switch
        {
            null or "protocol" => await ProtocolClient.SignInAsync(url, user, stepTimeout),
            "chromium" => await ChromiumClient.SignInAsync(url, user, CommandLine.Value(args, "--chromium") ?? "/usr/bin/chromium", stepTimeout),
            var other => throw new ArgumentException($"--client {other}: protocol or chromium"),
        };

        // Warm-up: the portal's JIT, pools and query plans (and a browser's caches) on one tab, then closed.
        await using (var warm = await client.OpenTabAsync())
        {
            await warm.FirstRenderAsync();
            for (var i = 0; i < 4; i++) await warm.SortAsync();
        }
        var idle = await SteadyResidentBytesAsync(portalPid);

        var tabs = new List<ICircuitTab>();
        for (var i = 0; i < circuits; i++) tabs.Add(await client.OpenTabAsync());
        var load = LoadAverage();
        var cpuBefore = portalPid == 0 ? null : ProcessSampler.CpuTime(portalPid);
        var busyBefore = ProcessSampler.MachineBusyTime();
        var wall = System.Diagnostics.Stopwatch.StartNew();
        var renders = (await Task.WhenAll(tabs.Select(async tab =>
        {
            var times = new List<(double Rows, double Live)>();
            for (var i = 0; i < loads; i++)
            {
                await ThinkAsync(think);
                times.Add(await tab.FirstRenderAsync());
            }
            return times;
        }))).SelectMany(t => t).ToList();
        var sortTimes = (await Task.WhenAll(tabs.Select(async tab =>
        {
            var times = new List<double>();
            for (var i = 0; i < sorts; i++)
            {
                await ThinkAsync(think);
                times.Add(await tab.SortAsync());
            }
            return times;
        }))).SelectMany(t => t).ToList();
        var loadAfter = LoadAverage();
        var cpuAfter = portalPid == 0 ? null : ProcessSampler.CpuTime(portalPid);
        var busy = ProcessSampler.MachineBusyTime() - busyBefore;
        wall.Stop();
        var open = await SteadyResidentBytesAsync(portalPid);

        Console.WriteLine($"circuits: {circuits} {client.Kind} as {user}, {loads} loads and {sorts} sorts each, all at once" +
            (think > 0 ? $", {think} ms think time on average before each step" : ", no think time") +
            $"; load average {load} before, {loadAfter} after ({Environment.ProcessorCount} cores)");
        Report("first render (request → rows shown)", renders.Select(r => r.Rows).ToList());
        Report("circuit live (request → interactive)", renders.Select(r => r.Live).ToList());
        Report("sort round trip (click → new rows)", sortTimes);
        // The portal's own CPU per step does not depend on what else the machine runs, unlike the latencies.
        if (cpuBefore is { } cpu0 && cpuAfter is { } cpu1)
        {
            Console.WriteLine($"  portal CPU per step (first render or sort): {(cpu1 - cpu0).TotalMilliseconds / (renders.Count + sortTimes.Count):F1} ms ({(cpu1 - cpu0).TotalSeconds:F1} s for {renders.Count + sortTimes.Count} steps)");
            // The client runs on the same cores: how much of the machine's busy time was the portal says whether the
            // latencies measure the portal or the client.
            Console.WriteLine($"  machine busy {busy.TotalSeconds:F1} CPU-s in {wall.Elapsed.TotalSeconds:F1} s ({busy / wall.Elapsed:F2} of {Environment.ProcessorCount} cores): portal {(cpu1 - cpu0) / busy:P0}, the rest the client, PostgreSQL and the system");
        }
        ReportMemory(idle, open, circuits);
        if (memoryCircuits > circuits)
        {
            // Memory per circuit is a slope: with more circuits open, the GC's spare room weighs less in it.
            for (var i = circuits; i < memoryCircuits; i++)
            {
                var tab = await client.OpenTabAsync();
                await tab.FirstRenderAsync();
                tabs.Add(tab);
            }
            ReportMemory(idle, await SteadyResidentBytesAsync(portalPid), memoryCircuits);
        }
        if (hold > TimeSpan.Zero)
        {
            Console.WriteLine($"holding {tabs.Count} circuits open for {hold.TotalSeconds:F0} s");
            await Task.Delay(hold);
        }
        foreach (var tab in tabs) await tab.DisposeAsync();
        if (hold > TimeSpan.Zero)
        {
            Console.WriteLine($"closed; holding for {hold.TotalSeconds:F0} s");
            await Task.Delay(hold);
        }
        return 0;
    }

    private static void ReportMemory(long? idle, long? open, int circuits) =>
        Console.WriteLine(idle is { } before && open is { } after
            ? $"  memory per open circuit: {(after - before) / 1048576.0 / circuits:F2} MB  (portal RSS {before / 1048576.0:F0} MB with none open, {after / 1048576.0:F0} MB with {circuits})"
            : "  memory per open circuit: not measured (no --portal-pid)");

    private static Task ThinkAsync(int averageMs) => averageMs <= 0 ? Task.CompletedTask : Task.Delay(Random.Shared.Next(0, 2 * averageMs + 1));

    private static void Report(string what, List<double> ms) =>
        Console.WriteLine($"  {what,-48} n={ms.Count,4}  p50 {ListBenchmark.Percentile(ms, 50),6:F0} ms  p95 {ListBenchmark.Percentile(ms, 95),6:F0} ms  max {ms.Max(),6:F0} ms");

    /// <summary>The portal's RSS once it has settled: the median of five samples a second apart; null without a process.</summary>
    private static async Task<long?> SteadyResidentBytesAsync(int pid)
    {
        if (pid == 0) return null;
        var samples = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            await Task.Delay(1000);
            if (ProcessSampler.ResidentBytes(pid) is { } bytes) samples.Add(bytes);
        }
        return samples.Count == 0 ? null : samples.Order().ElementAt(samples.Count / 2);
    }

    private static string LoadAverage() =>
        string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3).Select(v => double.Parse(v, CultureInfo.InvariantCulture).ToString("F2", CultureInfo.InvariantCulture)));
}
