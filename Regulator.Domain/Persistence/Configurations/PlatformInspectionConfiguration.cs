using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regulator.Domain.Inspections;
using Regulator.Domain.Platforms;

namespace Regulator.Domain.Persistence.Configurations;

internal sealed class PlatformInspectionConfiguration : IEntityTypeConfiguration<PlatformInspection>
{
    public void Configure(EntityTypeBuilder<PlatformInspection> b)
    {
        b.ToTable("PlatformInspections");
        b.Property(p => p.ProvinceCode).HasMaxLength(2).IsRequired();
        // A platform is inspected once per inspection, whichever node gets there.
        b.HasIndex(p => new { p.InspectionId, p.PlatformId }).IsUnique();
        b.HasIndex(p => new { p.ProvinceCode, p.InspectionId });
        b.HasOne<Inspection>().WithMany().HasForeignKey(p => p.InspectionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Platform>().WithMany().HasForeignKey(p => p.PlatformId).OnDelete(DeleteBehavior.Cascade);
    }
}
