using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.SpotChecks;

/// <summary>The spot-check feature's sets, as extension members so that parallel features do not all edit <see cref="RegulatorDbContext"/>.</summary>
public static class SpotCheckDataSets
{
    extension(RegulatorDbContext db)
    {
        public DbSet<CheckItem> CheckItems => db.Set<CheckItem>();
        public DbSet<Inspector> Inspectors => db.Set<Inspector>();
        public DbSet<InspectorConflict> InspectorConflicts => db.Set<InspectorConflict>();
        public DbSet<SpotCheckPlan> SpotCheckPlans => db.Set<SpotCheckPlan>();
        public DbSet<SpotCheckDraw> SpotCheckDraws => db.Set<SpotCheckDraw>();
        public DbSet<SpotCheckTask> SpotCheckTasks => db.Set<SpotCheckTask>();
        public DbSet<TaskInspector> TaskInspectors => db.Set<TaskInspector>();
        public DbSet<CheckResult> CheckResults => db.Set<CheckResult>();
        public DbSet<SpotCheckEvidence> SpotCheckEvidence => db.Set<SpotCheckEvidence>();
    }
}
