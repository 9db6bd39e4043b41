using Regulator.Web;
using Regulator.Web.Credit;
using Regulator.Web.Dashboards;
using Regulator.Web.Jobs.Pdf;
using Regulator.Web.Reports;

var builder = WebApplication.CreateBuilder(args);
builder.AddRegulatorPortal();

var app = builder.Build();
if (await app.RunReportToolsAsync(args) || await app.RunDashboardToolsAsync(args)) return;
if (await app.RunCommandLineToolsAsync(args) || await app.RunPdfBenchmarkAsync(args) || await app.RunCreditBenchmarkAsync(args)) return;
await app.PrepareDatabaseAsync();
app.UseRegulatorPortal();
app.Run();

/// <summary>Exposed for WebApplicationFactory in the tests.</summary>
public partial class Program;
