using Regulator.Bench.Blacklist;
using Regulator.Bench.Circuits;
using Regulator.Bench.Credit;
using Regulator.Bench.Dashboards;
using Regulator.Bench.Documents;
using Regulator.Bench.Filings;
using Regulator.Bench.Reports;
using Regulator.Bench.SpotChecks;

namespace Regulator.Bench;

/// <summary>
/// The one command line of the benchmarks, simulators and demo generators, none of which ships in the portal:
/// <c>dotnet Regulator.Bench.dll &lt;command&gt; [options]</c>. The <c>scripts/bench-*.sh</c> and fault scripts call it.
/// </summary>
public static class BenchCommands
{
    private const string Usage = """
        dotnet Regulator.Bench.dll <command> [options]
          filings --url URL --connection CONN [--filings N] …   filing intake and list timing (scripts/bench-filings.sh)
          circuits --url URL [--circuits 20] [--user NAME] …      interactive filings list circuits at once (scripts/bench-circuits.sh)
          spot-check [--publishers N] [--sample N] …             the spot-check draw (scripts/bench-spotcheck.sh)
          pdf [--documents 100] [--evidence 100] [--out DIR]     findings notices printed as Hangfire jobs (scripts/bench-pdf.sh)
          credit --publishers N [--facts-percent P]              credit grading on PostgreSQL (scripts/bench-credit.sh)
          dashboard [--requests N] [--new-reports N]             the dashboard query and rollup (scripts/bench-dashboard.sh)
          simulate-reports --url URL [--count N] [--rate N] …    plays the National Reporting Platform (scripts/bench-reports.sh)
          inbox --url URL [--user NAME] [--requests N]           the reports inbox as a signed-in user (scripts/bench-reports.sh)
          blacklist [--entries N]                                N published blacklist entries only (scripts/bench-blacklist.sh, fault-soak-blacklist.sh)
        """;

    public static async Task<int> Main(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "filings":
                await FilingsBenchmark.RunAsync(BenchOptions.Parse(args[1..]));
                return 0;
            case "circuits":
                return await CircuitsBenchmark.RunAsync(args);
            case "spot-check":
                await SpotCheckBenchmark.RunAsync(args[1..]);
                return 0;
            case "pdf":
                return await PdfBenchmark.RunAsync(args);
            case "credit":
                await CreditBenchmark.RunAsync(args);
                return 0;
            case "dashboard":
                await DashboardBenchmark.RunAsync(args);
                return 0;
            case "simulate-reports":
                Console.WriteLine((await ReportSimulator.RunAsync(args)).ToString());
                return 0;
            case "inbox":
                return await InboxBenchmark.RunAsync(args);
            case "blacklist":
                await PublishedListSeeding.RunAsync(args);
                return 0;
            default:
                Console.Error.WriteLine(Usage);
                return 2;
        }
    }
}
