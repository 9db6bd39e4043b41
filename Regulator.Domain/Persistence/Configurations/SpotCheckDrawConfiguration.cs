using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regulator.Domain.SpotChecks;

namespace Regulator.Domain.Persistence.Configurations;

internal sealed class SpotCheckDrawConfiguration : IEntityTypeConfiguration<SpotCheckDraw>
{
    public void Configure(EntityTypeBuilder<SpotCheckDraw> b)
    {
        b.ToTable("SpotCheckDraws");
        b.Property(d => d.ProvinceCode).HasMaxLength(2).IsRequired();
        b.Property(d => d.RedrawReason).HasMaxLength(1000);
        b.Property(d => d.Algorithm).HasMaxLength(100).IsRequired();
        b.Property(d => d.RequestedBy).HasMaxLength(256).IsRequired();
        b.Property(d => d.SnapshotHash).HasMaxLength(64);
        b.Property(d => d.ResultHash).HasMaxLength(64);
        b.Property(d => d.FailureReason).HasMaxLength(1000);
        b.Ignore(d => d.SeedValue);
        b.Ignore(d => d.SeedHex);
        b.HasOne<SpotCheckPlan>().WithMany().HasForeignKey(d => d.PlanId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(d => new { d.PlanId, d.Attempt }).IsUnique();
    }
}
