using Regulator.Domain.Persistence;

namespace Regulator.Domain.Reports;

/// <summary>
/// PostgreSQL's bulk path for intake: new cases and the reports go in with binary COPY, one round
/// trip per table, inside the intake transaction; the change tracker then only updates the existing cases that took
/// reports. Row-by-row INSERTs through the change tracker cost about a millisecond per report, COPY a few microseconds,
/// which is what lets the push endpoint keep up with the national platform. SQLite keeps the change-tracker path.
/// </summary>
internal static class ReportCopyWriter
{
    public static async Task WriteAsync(RegulatorDbContext db, IReadOnlyList<ReportCase> opened, IReadOnlyList<ReportCase> extended,
        IReadOnlyList<Report> reports, CancellationToken ct)
    {
        // Keys come first: reports point at cases that are not in the database yet.
        await AssignIdsAsync(db, opened, (c, id) => c.Id = id, ct);
        foreach (var r in reports) r.CaseId = r.Case.Id;
        await AssignIdsAsync(db, reports, (r, id) => r.Id = id, ct);

        await PostgresBulkCopy.CopyAsync(db, opened, ct);
        await PostgresBulkCopy.CopyAsync(db, reports, ct);

        // The copied reports are not tracked; taken off the existing cases' collections, they are not inserted a second time.
        foreach (var c in extended) c.Reports.Clear();
    }

    private static async Task AssignIdsAsync<T>(RegulatorDbContext db, IReadOnlyList<T> rows, Action<T, long> assign, CancellationToken ct) where T : class
    {
        if (rows.Count == 0) return;
        var ids = await PostgresBulkCopy.NextIdsAsync<T>(db, rows.Count, ct);
        for (var i = 0; i < rows.Count; i++) assign(rows[i], ids[i]);
    }
}
