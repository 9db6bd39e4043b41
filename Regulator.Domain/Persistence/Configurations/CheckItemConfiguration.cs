using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regulator.Domain.SpotChecks;

namespace Regulator.Domain.Persistence.Configurations;

internal sealed class CheckItemConfiguration : IEntityTypeConfiguration<CheckItem>
{
    public void Configure(EntityTypeBuilder<CheckItem> b)
    {
        b.ToTable("CheckItems");
        // Seeded rows take the low ids; new items start above them on PostgreSQL's identity sequence.
        b.Property(c => c.Id).HasIdentityOptions(startValue: 1000);
        b.Property(c => c.Code).HasMaxLength(64).IsRequired();
        b.HasIndex(c => c.Code).IsUnique();
        b.Property(c => c.NameZh).HasMaxLength(200).IsRequired();
        b.Property(c => c.NameEn).HasMaxLength(300).IsRequired();
        b.Ignore(c => c.LegalBasis);
        // Part of the schema, not of the demo: every plan needs the lists.
        b.HasData(CheckItemCatalog.Seed);
    }
}
