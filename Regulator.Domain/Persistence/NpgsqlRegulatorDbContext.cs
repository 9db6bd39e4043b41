using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Reports;
using Regulator.Domain.Scoping;

namespace Regulator.Domain.Persistence;

/// <summary>PostgreSQL for servers; owns the migrations in <c>Migrations/Npgsql</c>.</summary>
public sealed class NpgsqlRegulatorDbContext(DbContextOptions<NpgsqlRegulatorDbContext> options, ICurrentActor actor)
    : RegulatorDbContext(options, actor)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // Intake adds reports to a case soon after opening it. Room left on each page lets PostgreSQL update the case
        // in place (a HOT update) instead of writing a new entry into each of the table's indexes.
        modelBuilder.Entity<ReportCase>().HasStorageParameter("fillfactor", 70);
    }
}
