using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regulator.Domain.Credit;

namespace Regulator.Domain.Persistence.Configurations.Credit;

internal sealed class CreditRuleConfiguration : IEntityTypeConfiguration<CreditRule>
{
    public void Configure(EntityTypeBuilder<CreditRule> b)
    {
        b.ToTable("CreditRules");
        b.HasIndex(r => new { r.ModelId, r.Kind, r.Severity }).IsUnique();
        b.HasData(CreditModelSeed.Version1Rules());
    }
}
