using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regulator.Domain.Dashboards;

namespace Regulator.Domain.Persistence.Configurations;

internal sealed class DashboardWatermarkConfiguration : IEntityTypeConfiguration<DashboardWatermark>
{
    public void Configure(EntityTypeBuilder<DashboardWatermark> b)
    {
        b.ToTable("DashboardWatermarks");
        b.HasKey(w => w.Name);
        b.Property(w => w.Name).HasMaxLength(64);
    }
}
