using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regulator.Domain.Credit;

namespace Regulator.Domain.Persistence.Configurations.Credit;

internal sealed class CreditFactConfiguration : IEntityTypeConfiguration<CreditFact>
{
    public void Configure(EntityTypeBuilder<CreditFact> b)
    {
        b.ToTable("CreditFacts");
        b.Property(f => f.SourceType).HasMaxLength(40).IsRequired();
        b.Property(f => f.SourceId).HasMaxLength(40).IsRequired();
        b.Property(f => f.ProvinceCode).HasMaxLength(2).IsRequired();
        b.Property(f => f.SourceProvinceCode).HasMaxLength(2).IsRequired();
        b.Property(f => f.Summary).HasMaxLength(500).IsRequired();
        b.Property(f => f.DocumentNumber).HasMaxLength(64);
        b.Property(f => f.WithdrawnReason).HasMaxLength(500);
        b.HasOne<CreditSubject>().WithMany().HasForeignKey(f => f.SubjectId).OnDelete(DeleteBehavior.Restrict);
        // Recording is idempotent per source record and subject.
        b.HasIndex(f => new { f.SourceType, f.SourceId, f.SubjectId }).IsUnique();
        // A subject's facts still counting: the single-subject re-grade and the set-based sum both read along it.
        b.HasIndex(f => new { f.SubjectId, f.CountsUntil });
    }
}
