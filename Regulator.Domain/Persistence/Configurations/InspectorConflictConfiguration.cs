using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regulator.Domain.Platforms;
using Regulator.Domain.SpotChecks;

namespace Regulator.Domain.Persistence.Configurations;

internal sealed class InspectorConflictConfiguration : IEntityTypeConfiguration<InspectorConflict>
{
    public void Configure(EntityTypeBuilder<InspectorConflict> b)
    {
        b.ToTable("InspectorConflicts");
        b.Property(c => c.ProvinceCode).HasMaxLength(2).IsRequired();
        b.Property(c => c.Note).HasMaxLength(500);
        b.HasOne<Platform>().WithMany().HasForeignKey(c => c.PlatformId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => new { c.InspectorId, c.PlatformId }).IsUnique();
    }
}
