using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regulator.Domain.Inspections;

namespace Regulator.Domain.Persistence.Configurations;

internal sealed class FindingEvidenceConfiguration : IEntityTypeConfiguration<FindingEvidence>
{
    public void Configure(EntityTypeBuilder<FindingEvidence> b)
    {
        b.ToTable("FindingEvidence");
        b.Property(e => e.Description).HasMaxLength(500).IsRequired();
        b.Property(e => e.MaskedIdentity).HasMaxLength(32);
        b.Property(e => e.RecordHref).HasMaxLength(300);
    }
}
