using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regulator.Domain.Credit;

namespace Regulator.Domain.Persistence.Configurations.Credit;

internal sealed class PlatformMeasureReportConfiguration : IEntityTypeConfiguration<PlatformMeasureReport>
{
    public void Configure(EntityTypeBuilder<PlatformMeasureReport> b)
    {
        b.ToTable("PlatformMeasureReports");
        b.Property(m => m.ProvinceCode).HasMaxLength(2).IsRequired();
        b.Property(m => m.MeasureId).HasMaxLength(100).IsRequired();
        b.Property(m => m.PlatformPublisherId).HasMaxLength(100).IsRequired();
        b.Property(m => m.Reason).HasMaxLength(1000).IsRequired();
        b.HasIndex(m => new { m.PlatformId, m.MeasureId }).IsUnique();
        b.HasIndex(m => new { m.PlatformId, m.PlatformPublisherId });
    }
}
