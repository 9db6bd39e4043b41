using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regulator.Domain.SpotChecks;

namespace Regulator.Domain.Persistence.Configurations;

internal sealed class TaskInspectorConfiguration : IEntityTypeConfiguration<TaskInspector>
{
    public void Configure(EntityTypeBuilder<TaskInspector> b)
    {
        b.ToTable("SpotCheckTaskInspectors");
        b.HasKey(i => new { i.TaskId, i.InspectorId });
        b.Property(i => i.ProvinceCode).HasMaxLength(2).IsRequired();
        b.Property(i => i.Name).HasMaxLength(50).IsRequired();
        b.Property(i => i.UserId).HasMaxLength(450);
        b.HasOne<Inspector>().WithMany().HasForeignKey(i => i.InspectorId).OnDelete(DeleteBehavior.Restrict);
        // An inspector's own task list.
        b.HasIndex(i => new { i.UserId, i.TaskId });
    }
}
