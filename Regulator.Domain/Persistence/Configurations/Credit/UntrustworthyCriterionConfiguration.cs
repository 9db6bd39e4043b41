using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regulator.Domain.Credit;

namespace Regulator.Domain.Persistence.Configurations.Credit;

internal sealed class UntrustworthyCriterionConfiguration : IEntityTypeConfiguration<UntrustworthyCriterion>
{
    public void Configure(EntityTypeBuilder<UntrustworthyCriterion> b)
    {
        b.ToTable("UntrustworthyCriteria");
        // The seeded criteria hold ids 1–3; the ones the national administrator adds are numbered after them.
        b.Property(c => c.Id).HasIdentityOptions(startValue: 1000);
        b.Property(c => c.Code).HasMaxLength(64).IsRequired();
        b.Property(c => c.Title).HasMaxLength(500).IsRequired();
        b.Property(c => c.LegalBasis).HasMaxLength(1000).IsRequired();
        b.Property(c => c.FactKinds).HasConversion(CreditJson.Converter<List<CreditFactKind>>(), CreditJson.Comparer<CreditFactKind>()).IsRequired();
        b.Property(c => c.DefaultMeasures).HasConversion(CreditJson.Converter<List<string>>(), CreditJson.Comparer<string>()).IsRequired();
        b.HasIndex(c => c.Code).IsUnique();
        b.HasData(CreditModelSeed.Criteria());
    }
}
