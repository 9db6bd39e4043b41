using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regulator.Domain.Auditing;

namespace Regulator.Domain.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.Property(e => e.Action).HasMaxLength(64).IsRequired();
        b.Property(e => e.UserId).HasMaxLength(450);
        b.Property(e => e.UserName).HasMaxLength(256);
        b.Property(e => e.RecordType).HasMaxLength(64);
        b.Property(e => e.RecordId).HasMaxLength(64);
        b.Property(e => e.ProvinceCode).HasMaxLength(2);
        b.Property(e => e.IpAddress).HasMaxLength(64);
        b.Property(e => e.Reason).HasMaxLength(1000);
        b.Property(e => e.Details).HasMaxLength(4000);
        b.HasIndex(e => e.OccurredUtc);
        b.HasIndex(e => new { e.Action, e.OccurredUtc });
        b.HasIndex(e => new { e.UserName, e.OccurredUtc });
        b.HasIndex(e => new { e.RecordType, e.RecordId });
    }
}
