using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regulator.Domain.Reports;

namespace Regulator.Domain.Persistence.Configurations;

internal sealed class ReportCategoryConfiguration : IEntityTypeConfiguration<ReportCategory>
{
    public void Configure(EntityTypeBuilder<ReportCategory> b)
    {
        // Seeded rows take ids 1–24; PostgreSQL's identity sequence does not know that, so new categories start above them.
        b.Property(c => c.Id).HasIdentityOptions(startValue: 1000);
        b.Property(c => c.Code).HasMaxLength(64).IsRequired();
        b.HasIndex(c => c.Code).IsUnique();
        b.Property(c => c.NameZh).HasMaxLength(100).IsRequired();
        b.Property(c => c.NameEn).HasMaxLength(200).IsRequired();
        b.Ignore(c => c.Agency);
        b.Ignore(c => c.LegalBasis);
        // Part of the schema, not of the demo: intake needs the taxonomy on a fresh database.
        b.HasData(ReportTaxonomy.Seed);
    }
}
