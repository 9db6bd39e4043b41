using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regulator.Domain.SpotChecks;

namespace Regulator.Domain.Persistence.Configurations;

internal sealed class SpotCheckEvidenceConfiguration : IEntityTypeConfiguration<SpotCheckEvidence>
{
    public void Configure(EntityTypeBuilder<SpotCheckEvidence> b)
    {
        b.ToTable("SpotCheckEvidence");
        b.Property(e => e.ProvinceCode).HasMaxLength(2).IsRequired();
        b.Property(e => e.FileName).HasMaxLength(200).IsRequired();
        b.Property(e => e.ContentType).HasMaxLength(100).IsRequired();
        b.Property(e => e.Sha256).HasMaxLength(64).IsRequired();
        b.Property(e => e.UploadedBy).HasMaxLength(256).IsRequired();
        b.HasOne<SpotCheckTask>().WithMany().HasForeignKey(e => e.TaskId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(e => e.TaskId);
    }
}
