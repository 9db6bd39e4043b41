using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regulator.Domain.Credit;

namespace Regulator.Domain.Persistence.Configurations.Credit;

internal sealed class CreditSubjectConfiguration : IEntityTypeConfiguration<CreditSubject>
{
    public void Configure(EntityTypeBuilder<CreditSubject> b)
    {
        b.ToTable("CreditSubjects");
        b.Property(s => s.IdentityBlindIndex).HasMaxLength(32);
        b.Property(s => s.Name).HasMaxLength(200).IsRequired();
        b.Property(s => s.Code).HasMaxLength(32).IsRequired();
        b.Property(s => s.ProvinceCode).HasMaxLength(2).IsRequired();
        b.HasIndex(s => s.IdentityBlindIndex).IsUnique();
        b.HasIndex(s => s.PlatformId).IsUnique();
        // Lists by grade within a province, keyset-paged by id.
        b.HasIndex(s => new { s.ProvinceCode, s.Kind, s.Grade, s.Id });
        b.HasIndex(s => new { s.Kind, s.Grade, s.Id });
        // The answer refresher reads subjects changed above the version it last applied.
        b.HasIndex(s => s.ChangeVersion);
    }
}
