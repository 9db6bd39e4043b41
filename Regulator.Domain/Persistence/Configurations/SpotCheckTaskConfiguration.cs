using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regulator.Domain.Platforms;
using Regulator.Domain.SpotChecks;

namespace Regulator.Domain.Persistence.Configurations;

internal sealed class SpotCheckTaskConfiguration : IEntityTypeConfiguration<SpotCheckTask>
{
    public void Configure(EntityTypeBuilder<SpotCheckTask> b)
    {
        b.ToTable("SpotCheckTasks");
        b.Property(t => t.ProvinceCode).HasMaxLength(2).IsRequired();
        b.Property(t => t.PlatformName).HasMaxLength(200).IsRequired();
        b.Property(t => t.TargetLabel).HasMaxLength(200).IsRequired();
        b.Property(t => t.Version).IsConcurrencyToken();
        b.HasOne<SpotCheckPlan>().WithMany().HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<SpotCheckDraw>().WithMany().HasForeignKey(t => t.DrawId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Platform>().WithMany().HasForeignKey(t => t.PlatformId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(t => t.Inspectors).WithOne().HasForeignKey(i => i.TaskId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(t => t.Results).WithOne().HasForeignKey(r => r.TaskId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(t => new { t.PlanId, t.DrawOrder });
        b.HasIndex(t => t.DrawId);
        // "Checked recently" and rotation rules look a target up by kind and day.
        b.HasIndex(t => new { t.ProvinceCode, t.TargetKind, t.TargetId, t.DrawnOn });
        b.HasIndex(t => new { t.ProvinceCode, t.Status, t.DueOn });
    }
}
