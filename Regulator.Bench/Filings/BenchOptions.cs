namespace Regulator.Bench.Filings;

/// <summary>
/// Command-line options; scripts/bench-filings.sh passes them. <c>--retry true</c> (scripts/fault-import.sh) resends a batch
/// until the portal answers it, as a platform must when the portal dies mid-import; <c>--list-requests 0</c> skips the list timing.
/// </summary>
public sealed record BenchOptions(string Url, string ConnectionString, int Filings, int Concurrency, int? PortalPid, int ListRequests, string Reviewer, string ReviewerProvince,
    bool RetryUntilAnswered = false)
{
    public static BenchOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>();
        for (var i = 0; i + 1 < args.Length; i += 2) values[args[i].TrimStart('-')] = args[i + 1];
        string Get(string name, string? fallback = null) =>
            values.TryGetValue(name, out var v) ? v : fallback ?? throw new ArgumentException($"--{name} is required");
        return new BenchOptions(
            Get("url"), Get("connection"), int.Parse(Get("filings", "1000000")), int.Parse(Get("concurrency", "4")),
            values.TryGetValue("portal-pid", out var pid) ? int.Parse(pid) : null, int.Parse(Get("list-requests", "600")), Get("reviewer", "bj.admin"), Get("reviewer-province", "11"),
            Get("retry", "false") == "true");
    }
}
