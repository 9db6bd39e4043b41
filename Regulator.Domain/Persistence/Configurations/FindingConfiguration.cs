using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regulator.Domain.Inspections;
using Regulator.Domain.Platforms;

namespace Regulator.Domain.Persistence.Configurations;

internal sealed class FindingConfiguration : IEntityTypeConfiguration<Finding>
{
    public void Configure(EntityTypeBuilder<Finding> b)
    {
        b.ToTable("Findings");
        b.Property(f => f.ProvinceCode).HasMaxLength(2).IsRequired();
        b.Property(f => f.RuleCode).HasMaxLength(64).IsRequired();
        b.Property(f => f.Article).HasMaxLength(32).IsRequired();
        // One finding per rule per platform per inspection: the database refuses a doubled one.
        b.HasIndex(f => new { f.InspectionId, f.PlatformId, f.RuleCode }).IsUnique();
        b.HasIndex(f => new { f.PlatformId, f.InspectionId });
        b.HasIndex(f => new { f.ProvinceCode, f.InspectionId });
        b.HasOne<Inspection>().WithMany().HasForeignKey(f => f.InspectionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Platform>().WithMany().HasForeignKey(f => f.PlatformId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(f => f.Evidence).WithOne().HasForeignKey(e => e.FindingId).OnDelete(DeleteBehavior.Cascade);
    }
}
