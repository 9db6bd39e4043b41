using Regulator.Bench;

if (args is ["spot-check", ..])
{
    // scripts/bench-spotcheck.sh: the spot-check draw on a database of its own.
    await SpotCheckBenchmark.RunAsync(args[1..]);
    return;
}

// scripts/bench-filings.sh runs this against a portal it started on a fresh PostgreSQL database.
var options = BenchOptions.Parse(args);
var platforms = await BenchSetup.IssueKeysAsync(options.ConnectionString);
Console.WriteLine($"Filing {options.Filings:N0} publishers for {platforms.Count} platforms through {options.Url}/api/v1/filings …");
var filed = await IngestBenchmark.RunAsync(options, platforms);
if (options.ListRequests > 0) await ListBenchmark.RunAsync(options, platforms, filed);
