using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Reports;
using Regulator.Domain.Scoping;

namespace Regulator.Domain.Persistence;

/// <summary>The embedded default; owns the migrations in <c>Migrations/Sqlite</c>.</summary>
public sealed class SqliteRegulatorDbContext(DbContextOptions<SqliteRegulatorDbContext> options, ICurrentActor actor)
    : RegulatorDbContext(options, actor)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // National lists without a province. PostgreSQL merges a page from each province's index instead (CaseSearch);
        // SQLite cannot, so it keeps these. Rare statuses (in progress, closed) need their own index, or the newest-first
        // scan reads most of the table to find a page of them.
        var cases = modelBuilder.Entity<ReportCase>();
        cases.HasIndex(c => new { c.FirstReceivedUtc, c.Id });
        cases.HasIndex(c => new { c.Status, c.FirstReceivedUtc, c.Id });
        cases.HasIndex(c => new { c.Status, c.DueUtc, c.Id });
        cases.HasIndex(c => new { c.DueUtc, c.Id });
    }
}
