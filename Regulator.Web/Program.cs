using Regulator.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddRegulatorPortal();

var app = builder.Build();
// seed and canonicalize-names prepare the portal's own database (scripts/run.sh, the benchmark and fault scripts);
// benchmarks, simulators and demo generators are Regulator.Bench's.
if (await app.RunCommandLineToolsAsync(args)) return;
await app.PrepareDatabaseAsync();
app.UseRegulatorPortal();
app.Run();

/// <summary>Exposed for WebApplicationFactory in the tests.</summary>
public partial class Program;
