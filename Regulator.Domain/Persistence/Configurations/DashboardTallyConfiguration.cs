using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regulator.Domain.Dashboards;

namespace Regulator.Domain.Persistence.Configurations;

internal sealed class DashboardTallyConfiguration : IEntityTypeConfiguration<DashboardTally>
{
    public void Configure(EntityTypeBuilder<DashboardTally> b)
    {
        DashboardCellColumns.Configure(b, "DashboardTallies");
        // Every dashboard counts the open cases of all days (the present, whatever the period): a small index of the
        // cells that carry a deadline, with what those reads group by, so that they do not scan the year's cells.
        b.HasIndex(t => new { t.Measure, t.DueOn }, "IX_DashboardTallies_Open").HasFilter("\"DueOn\" IS NOT NULL")
            .IncludeProperties(t => new { t.ProvinceCode, t.Agency, t.PlatformId, t.CategoryId, t.Key, t.Count });
    }
}
