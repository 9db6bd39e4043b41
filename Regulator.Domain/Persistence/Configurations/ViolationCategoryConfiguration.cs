using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regulator.Domain.Taxonomy;

namespace Regulator.Domain.Persistence.Configurations;

internal sealed class ViolationCategoryConfiguration : IEntityTypeConfiguration<ViolationCategory>
{
    public void Configure(EntityTypeBuilder<ViolationCategory> b)
    {
        b.Property(c => c.Code).HasMaxLength(64).IsRequired();
        b.HasIndex(c => c.Code).IsUnique();
        b.Property(c => c.NameZh).HasMaxLength(200).IsRequired();
        b.Property(c => c.NameEn).HasMaxLength(200).IsRequired();
        b.Ignore(c => c.CitationZh);
        b.Ignore(c => c.CitationEn);
        // The defaults are inserted with fixed ids; PostgreSQL's identity sequence does not move past explicit ids,
        // so categories added later start above them (SQLite takes max + 1 by itself and ignores this annotation).
        b.Property(c => c.Id).HasIdentityOptions(startValue: 1001);
        b.HasData(ViolationCategoryCatalog.Defaults);
    }
}
