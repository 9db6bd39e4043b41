using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.Dashboards;

/// <summary>The dashboards' sets, as extension members so that parallel features do not all edit <see cref="RegulatorDbContext"/>.</summary>
public static class DashboardDataSets
{
    extension(RegulatorDbContext db)
    {
        public DbSet<DashboardTally> DashboardTallies => db.Set<DashboardTally>();
        public DbSet<DashboardMonthTally> DashboardMonthTallies => db.Set<DashboardMonthTally>();
        public DbSet<DashboardWatermark> DashboardWatermarks => db.Set<DashboardWatermark>();
    }
}
