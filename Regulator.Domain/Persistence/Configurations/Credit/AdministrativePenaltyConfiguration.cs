using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regulator.Domain.Credit;

namespace Regulator.Domain.Persistence.Configurations.Credit;

internal sealed class AdministrativePenaltyConfiguration : IEntityTypeConfiguration<AdministrativePenalty>
{
    public void Configure(EntityTypeBuilder<AdministrativePenalty> b)
    {
        b.ToTable("AdministrativePenalties");
        b.Property(p => p.ProvinceCode).HasMaxLength(2).IsRequired();
        b.Property(p => p.DocumentNumber).HasMaxLength(64).IsRequired();
        b.Property(p => p.Summary).HasMaxLength(1000).IsRequired();
        b.Property(p => p.RecordedBy).HasMaxLength(256).IsRequired();
        b.HasIndex(p => p.DocumentNumber).IsUnique();
        b.HasIndex(p => p.SubjectId);
    }
}
