using System.Globalization;
using Microsoft.Playwright;
using Regulator.Bench.Filings;

namespace Regulator.Bench.Circuits;

/// <summary>
/// <c>circuits</c>: many people on the interactive filings list at once. Opens <c>--circuits</c> pages (default 20) of
/// one headless Chromium, signed in as <c>--user</c> (a provincial user), against a portal that
/// <c>scripts/bench-circuits.sh</c> started on the filings benchmark's database, and prints, with all pages working
/// at once: the first render p95 (navigation start to the list's rows visible, by the page's own clock), the time
/// until the circuit is live, and the sort round trip p95 (a click on the sortable "filed" header until the list
/// shows the other end of the order); then the portal's resident memory per open circuit, (RSS with the circuits
/// open − RSS with none, after a warm-up) / circuits. Milliseconds and MB; the load average is printed beside them,
/// since on a shared two-core machine it explains most of the spread.
/// </summary>
public static class CircuitsBenchmark
{
    private const string Rows = "[data-list=filings] tbody tr a[href^='/filings/']";
    private const string SortHeader = "[data-list=filings] a.list-sort[data-sort=created]";

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
        // People read a page before the next click: with --think-ms each circuit waits a random 0–2× that long after each
        // step (0, the default, has every circuit click again the moment its last step ended: a stress test).
        var think = CommandLine.Int(args, "--think-ms", 0);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = CommandLine.Value(args, "--chromium") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                // Pages in background tabs are throttled by default; here all of them are someone's foreground.
                "--disable-renderer-backgrounding", "--disable-background-timer-throttling", "--disable-backgrounding-occluded-windows"],
        });
        // One context: the pages share the sign-in cookie, and each page holds its own circuit.
        await using var context = await browser.NewContextAsync(new() { BaseURL = url, Locale = "zh-CN", ViewportSize = new() { Width = 1280, Height = 860 } });
        context.SetDefaultTimeout((float)stepTimeout.TotalMilliseconds);
        await SignInAsync(context, user);

        // Warm-up: the portal's JIT, pools and query plans, and the browser's caches, on one circuit, then closed.
        var warm = await context.NewPageAsync();
        await FirstRenderAsync(warm, stepTimeout);
        for (var i = 0; i < 4; i++) await SortAsync(warm, stepTimeout);
        await warm.CloseAsync(new() { RunBeforeUnload = false });
        var idle = await SteadyResidentBytesAsync(portalPid);

        var pages = new List<IPage>();
        for (var i = 0; i < circuits; i++) pages.Add(await context.NewPageAsync());
        var load = LoadAverage();
        var cpuBefore = portalPid == 0 ? null : ProcessSampler.CpuTime(portalPid);
        var busyBefore = ProcessSampler.MachineBusyTime();
        var wall = System.Diagnostics.Stopwatch.StartNew();
        var renders = (await Task.WhenAll(pages.Select(async p =>
        {
            var times = new List<(double Rows, double Live)>();
            for (var i = 0; i < loads; i++)
            {
                times.Add(await FirstRenderAsync(p, stepTimeout));
                await ThinkAsync(think);
            }
            return times;
        }))).SelectMany(t => t).ToList();
        var sortTimes = (await Task.WhenAll(pages.Select(async p =>
        {
            var times = new List<double>();
            for (var i = 0; i < sorts; i++)
            {
                times.Add(await SortAsync(p, stepTimeout));
                await ThinkAsync(think);
            }
            return times;
        }))).SelectMany(t => t).ToList();
        var loadAfter = LoadAverage();
        var cpuAfter = portalPid == 0 ? null : ProcessSampler.CpuTime(portalPid);
        var busy = ProcessSampler.MachineBusyTime() - busyBefore;
        wall.Stop();
        var open = await SteadyResidentBytesAsync(portalPid);

        Console.WriteLine($"circuits: {circuits} pages of one headless Chromium as {user}, {loads} loads and {sorts} sorts each, all at once" +
            (think > 0 ? $", {think} ms think time on average after each step" : ", no think time") +
            $"; load average {load} before, {loadAfter} after ({Environment.ProcessorCount} cores)");
        Report("first render (navigation start → rows visible)", renders.Select(r => r.Rows).ToList());
        Report("circuit live (navigation start → interactive)", renders.Select(r => r.Live).ToList());
        Report("sort round trip (click → new rows)", sortTimes);
        // The portal's own CPU per step does not depend on what else the machine runs, unlike the latencies.
        if (cpuBefore is { } cpu0 && cpuAfter is { } cpu1)
        {
            Console.WriteLine($"  portal CPU per step (first render or sort): {(cpu1 - cpu0).TotalMilliseconds / (renders.Count + sortTimes.Count):F1} ms ({(cpu1 - cpu0).TotalSeconds:F1} s for {renders.Count + sortTimes.Count} steps)");
            // The browser runs on the same cores: how much of the machine's busy time was the portal says whether the
            // latencies measure the portal or the client.
            Console.WriteLine($"  machine busy {busy.TotalSeconds:F1} CPU-s in {wall.Elapsed.TotalSeconds:F1} s ({busy / wall.Elapsed:F2} of {Environment.ProcessorCount} cores): portal {(cpu1 - cpu0) / busy:P0}, the rest Chromium, PostgreSQL and the system");
        }
        if (idle is { } before && open is { } after)
            Console.WriteLine($"  memory per open circuit: {(after - before) / 1048576.0 / circuits:F2} MB  (portal RSS {before / 1048576.0:F0} MB with none open, {after / 1048576.0:F0} MB with {circuits})");
        else
            Console.WriteLine("  memory per open circuit: not measured (no --portal-pid)");
        if (hold > TimeSpan.Zero)
        {
            Console.WriteLine($"holding {circuits} circuits open for {hold.TotalSeconds:F0} s");
            await Task.Delay(hold);
            foreach (var page in pages) await page.CloseAsync(new() { RunBeforeUnload = false });
            Console.WriteLine($"closed; holding for {hold.TotalSeconds:F0} s");
            await Task.Delay(hold);
        }
        return 0;
    }

    private static Task ThinkAsync(int averageMs) => averageMs <= 0 ? Task.CompletedTask : Task.Delay(Random.Shared.Next(0, 2 * averageMs + 1));

    private static void Report(string what, List<double> ms) =>
        Console.WriteLine($"  {what,-48} n={ms.Count,4}  p50 {ListBenchmark.Percentile(ms, 50),6:F0} ms  p95 {ListBenchmark.Percentile(ms, 95),6:F0} ms  max {ms.Max(),6:F0} ms");

    private static async Task SignInAsync(IBrowserContext context, string user)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.FillAsync("[name='Input.UserName']", user);
        await page.FillAsync("[name='Input.Password']", Regulator.Domain.Seeding.DemoUsers.Password);
        await page.RunAndWaitForNavigationAsync(() => page.ClickAsync("form button[type=submit]"));
        if (new Uri(page.Url).AbsolutePath != "/") throw new InvalidOperationException($"Signing in as {user} ended on {page.Url}");
        await page.CloseAsync();
    }

    /// <summary>
    /// Loads the filings list in full (a new circuit) and returns, by the page's clock from navigation start, when its
    /// rows were first visible and when the circuit was live. Polled on every animation frame (Playwright's default), in
    /// the page; fails after <paramref name="timeout"/> saying which of the two never came.
    /// </summary>
    private static async Task<(double Rows, double Live)> FirstRenderAsync(IPage page, TimeSpan timeout)
    {
        await page.GotoAsync("/filings", new() { WaitUntil = WaitUntilState.Commit });
        try
        {
            var times = await page.WaitForFunctionAsync($$"""
                () => {
                    const t = performance.now();
                    if (window.__rows === undefined && document.querySelector("{{Rows}}")?.checkVisibility()) window.__rows = t;
                    if (window.__live === undefined && document.querySelector("[data-circuit=ready]")) window.__live = t;
                    return window.__rows !== undefined && window.__live !== undefined ? [window.__rows, window.__live] : null;
                }
                """, null, new() { Timeout = (float)timeout.TotalMilliseconds });
            var values = await times.JsonValueAsync<double[]>();
            return (values[0], values[1]);
        }
        catch (TimeoutException)
        {
            var seen = await page.EvaluateAsync<string>("() => `rows ${window.__rows !== undefined}, circuit live ${window.__live !== undefined}`");
            throw new TimeoutException($"First render of {page.Url} did not end within {timeout.TotalSeconds:F0} s ({seen})");
        }
    }

    /// <summary>
    /// Clicks the sortable header (the order flips between newest and oldest first) and times, in the page, until the
    /// first row is another filing and the list's total is shown again. Fails after <paramref name="timeout"/> with
    /// what the page showed.
    /// </summary>
    private static async Task<double> SortAsync(IPage page, TimeSpan timeout)
    {
        var result = await page.EvaluateAsync<double[]>($$"""
            timeout => new Promise(done => {
                const first = () => document.querySelector("{{Rows}}")?.getAttribute("href");
                const before = first();
                const start = performance.now();
                document.querySelector("{{SortHeader}}").click();
                // A timer, not the polling, ends a step that never finishes: a page whose frames stopped still answers.
                let over = false;
                const timer = setTimeout(() => { over = true; done([]); }, timeout);
                const poll = () => {
                    const now = first();
                    if (now && now !== before && document.querySelector("[data-testid=list-total]")?.textContent.trim()) {
                        clearTimeout(timer);
                        done([performance.now() - start]);
                    }
                    else if (!over) requestAnimationFrame(poll);
                };
                requestAnimationFrame(poll);
            })
            """, timeout.TotalMilliseconds);
        if (result.Length == 1) return result[0];
        var seen = await page.EvaluateAsync<string>($$"""
            () => `address ${location.pathname}${location.search}, first row ${document.querySelector("{{Rows}}")?.getAttribute("href")}, ` +
                `total "${document.querySelector("[data-testid=list-total]")?.textContent.trim()}", ` +
                `circuit ${document.querySelector("[data-circuit]")?.getAttribute("data-circuit")}, error ${!!document.querySelector(".server-list .mud-alert")}`
            """);
        throw new TimeoutException($"A sort on {page.Url} did not show another first row within {timeout.TotalSeconds:F0} s ({seen})");
    }

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
