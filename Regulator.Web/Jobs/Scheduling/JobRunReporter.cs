using Hangfire.Server;
using Regulator.Domain.Jobs;

namespace Regulator.Web.Jobs.Scheduling;

/// <summary>
/// What a running job tells the portal's record of its run (<see cref="JobRunFilter"/>): its progress as it goes
/// and what it produced at the end. The run is found through the Hangfire context the job is given.
/// </summary>
public sealed class JobRunReporter(IServiceScopeFactory scopes)
{
    internal const string RunIdItem = "regulator.run-id";
    internal const string ProductItem = "regulator.product";

    /// <summary>Sets the run's progress bar (0–100) and note; the jobs page reads it while the run goes on.</summary>
    public void Progress(PerformContext context, int percent, string? note)
    {
        if ((context.Items.TryGetValue(RunIdItem, out var item) ? item : null) is not long runId) return;
        using var scope = scopes.CreateScope();
        scope.ServiceProvider.GetRequiredService<JobRunLog>().ReportProgressAsync(runId, percent, note).GetAwaiter().GetResult();
    }

    /// <summary>Keeps what the run produced, written to its record when it ends; returned as Hangfire's result too.</summary>
    public string Produced(PerformContext context, JobProduct product)
    {
        context.Items[ProductItem] = product;
        return product.Summary;
    }
}
