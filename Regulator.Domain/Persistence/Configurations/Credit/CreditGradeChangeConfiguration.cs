using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regulator.Domain.Credit;

namespace Regulator.Domain.Persistence.Configurations.Credit;

internal sealed class CreditGradeChangeConfiguration : IEntityTypeConfiguration<CreditGradeChange>
{
    public void Configure(EntityTypeBuilder<CreditGradeChange> b)
    {
        b.ToTable("CreditGradeChanges");
        b.Property(h => h.ProvinceCode).HasMaxLength(2).IsRequired();
        b.Property(h => h.Reason).HasMaxLength(1000).IsRequired();
        b.HasIndex(h => new { h.SubjectId, h.ChangedUtc });
    }
}
