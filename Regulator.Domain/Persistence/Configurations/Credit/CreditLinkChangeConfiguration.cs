using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regulator.Domain.Credit;
using Regulator.Domain.Filings;

namespace Regulator.Domain.Persistence.Configurations.Credit;

internal sealed class CreditLinkChangeConfiguration : IEntityTypeConfiguration<CreditLinkChange>
{
    public void Configure(EntityTypeBuilder<CreditLinkChange> b)
    {
        b.ToTable("CreditLinkChanges");
        b.Property(c => c.PlatformPublisherId).HasMaxLength(FilingRules.MaxPublisherIdLength).IsRequired();
        b.HasIndex(c => c.Version);
    }
}
