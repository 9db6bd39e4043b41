namespace Regulator.Web.Reports;

public static class ReportTools
{
    /// <summary>
    /// The reports' command-line verbs: <c>simulate-reports …</c> (see <see cref="ReportSimulator"/>) and <c>bench-inbox …</c>
    /// (see <see cref="InboxBenchmark"/>). Returns false when neither was given, so the portal starts.
    /// </summary>
    public static async Task<bool> RunReportToolsAsync(this WebApplication app, string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "simulate-reports":
                Console.WriteLine((await ReportSimulator.RunAsync(app.Services, args)).ToString());
                return true;
            case "bench-inbox":
                Environment.ExitCode = await InboxBenchmark.RunAsync(args);
                return true;
            default:
                return false;
        }
    }
}
