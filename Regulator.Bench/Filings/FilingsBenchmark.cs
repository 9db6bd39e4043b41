namespace Regulator.Bench.Filings;

/// <summary>
/// <c>filings</c>: files publishers through the batch API of a portal that <c>scripts/bench-filings.sh</c> started on a
/// fresh PostgreSQL database (<see cref="IngestBenchmark"/>), then times a reviewer's list requests (<see cref="ListBenchmark"/>).
/// </summary>
public static class FilingsBenchmark
{
    public static async Task RunAsync(BenchOptions options)
    {
        var platforms = await BenchSetup.IssueKeysAsync(options.ConnectionString);
        Console.WriteLine($"Filing {options.Filings:N0} publishers for {platforms.Count} platforms through {options.Url}/api/v1/filings …");
        var filed = await IngestBenchmark.RunAsync(options, platforms);
        if (options.ListRequests > 0) await ListBenchmark.RunAsync(options, platforms, filed);
    }
}
