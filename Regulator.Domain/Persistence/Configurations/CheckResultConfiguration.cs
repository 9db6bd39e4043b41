using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regulator.Domain.SpotChecks;

namespace Regulator.Domain.Persistence.Configurations;

internal sealed class CheckResultConfiguration : IEntityTypeConfiguration<CheckResult>
{
    public void Configure(EntityTypeBuilder<CheckResult> b)
    {
        b.ToTable("SpotCheckResults");
        b.Property(r => r.ProvinceCode).HasMaxLength(2).IsRequired();
        b.Property(r => r.Note).HasMaxLength(2000);
        b.Property(r => r.FollowUpNote).HasMaxLength(2000);
        b.Property(r => r.RecordedBy).HasMaxLength(256).IsRequired();
        b.Ignore(r => r.AwaitsFollowUp);
        b.HasOne<CheckItem>().WithMany().HasForeignKey(r => r.CheckItemId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => new { r.TaskId, r.CheckItemId }).IsUnique();
    }
}
