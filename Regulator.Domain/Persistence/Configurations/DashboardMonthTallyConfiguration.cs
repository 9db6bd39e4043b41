using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regulator.Domain.Dashboards;

namespace Regulator.Domain.Persistence.Configurations;

internal sealed class DashboardMonthTallyConfiguration : IEntityTypeConfiguration<DashboardMonthTally>
{
    public void Configure(EntityTypeBuilder<DashboardMonthTally> b)
    {
        b.ToTable("DashboardMonthTallies");
        b.Property(t => t.Measure).HasMaxLength(32).IsRequired();
        b.Property(t => t.ProvinceCode).HasMaxLength(2).IsRequired();
        b.Property(t => t.Key).HasMaxLength(64).IsRequired();
        b.Property(t => t.Detail).HasMaxLength(32).IsRequired();
        // As the daily cells: a measure's months nationally, or within one province; the rollup replaces a measure's month.
        b.HasIndex(t => new { t.Measure, t.Day });
        b.HasIndex(t => new { t.ProvinceCode, t.Measure, t.Day });
    }
}
