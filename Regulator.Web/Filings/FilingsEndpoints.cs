using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Persistence;

namespace Regulator.Web.Filings;

public static class FilingsEndpoints
{
    /// <summary>
    /// The corrections file of an upload, for staff. Read through the scoped context, so another province's file is
    /// a 404; its identity numbers are masked, so it may be sent back to the platform as it is.
    /// </summary>
    public static IEndpointRouteBuilder MapFilingsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/filings/submissions/{id:long}/corrections.csv", async (long id, RegulatorDbContext db, CancellationToken ct) =>
            await db.FilingSubmissions.AsNoTracking().Where(s => s.Id == id).Select(s => s.CorrectionsCsv).FirstOrDefaultAsync(ct) is { } csv
                ? Results.File(csv, "text/csv; charset=utf-8", $"corrections-{id}.csv")
                : Results.NotFound())
            .ExcludeFromDescription();
        return app;
    }
}
