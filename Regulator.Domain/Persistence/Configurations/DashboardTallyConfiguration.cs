using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regulator.Domain.Dashboards;

namespace Regulator.Domain.Persistence.Configurations;

internal sealed class DashboardTallyConfiguration : IEntityTypeConfiguration<DashboardTally>
{
    public void Configure(EntityTypeBuilder<DashboardTally> b)
    {
        b.ToTable("DashboardTallies");
        b.Property(t => t.Measure).HasMaxLength(32).IsRequired();
        b.Property(t => t.ProvinceCode).HasMaxLength(2).IsRequired();
        b.Property(t => t.Key).HasMaxLength(64).IsRequired();
        b.Property(t => t.Detail).HasMaxLength(32).IsRequired();
        // National figures read a measure over a span of days; provincial ones the same within one province;
        // the rollup deletes a measure's span of days.
        b.HasIndex(t => new { t.Measure, t.Day });
        b.HasIndex(t => new { t.ProvinceCode, t.Measure, t.Day });
        // Every dashboard counts the open cases of all days (the present, whatever the period): a small index of the
        // cells that carry a deadline, with what those reads group by, so that they do not scan the year's cells.
        b.HasIndex(t => new { t.Measure, t.DueOn }, "IX_DashboardTallies_Open").HasFilter("\"DueOn\" IS NOT NULL")
            .IncludeProperties(t => new { t.ProvinceCode, t.Agency, t.PlatformId, t.CategoryId, t.Key, t.Count });
    }
}
