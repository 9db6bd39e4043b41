using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Documents;
using Regulator.Domain.Inspections;
using Regulator.Domain.Jobs;

namespace Regulator.Domain.Persistence;

/// <summary>
/// The job feature's sets, as extension members so that features landing in parallel do not all edit
/// <see cref="RegulatorDbContext"/>; the entities join the model through their configurations.
/// </summary>
public static class JobsDataSets
{
    extension(RegulatorDbContext db)
    {
        public DbSet<JobRun> JobRuns => db.Set<JobRun>();
        public DbSet<Inspection> Inspections => db.Set<Inspection>();
        public DbSet<PlatformInspection> PlatformInspections => db.Set<PlatformInspection>();
        public DbSet<Finding> Findings => db.Set<Finding>();
        public DbSet<GeneratedDocument> GeneratedDocuments => db.Set<GeneratedDocument>();
    }
}
