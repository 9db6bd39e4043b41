using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regulator.Domain.Blacklist;
using Regulator.Domain.Platforms;

namespace Regulator.Domain.Persistence.Configurations;

internal sealed class BlacklistFilingAlertConfiguration : IEntityTypeConfiguration<BlacklistFilingAlert>
{
    public void Configure(EntityTypeBuilder<BlacklistFilingAlert> b)
    {
        b.Property(a => a.ProvinceCode).HasMaxLength(2).IsRequired();
        b.Property(a => a.PlatformPublisherId).HasMaxLength(64).IsRequired();
        b.Property(a => a.IdentityMasked).HasMaxLength(32).IsRequired();
        b.Property(a => a.AcknowledgedBy).HasMaxLength(256);
        b.HasIndex(a => new { a.PlatformId, a.PlatformPublisherId, a.EntryId }).IsUnique();
        b.HasIndex(a => new { a.ProvinceCode, a.AcknowledgedUtc, a.RaisedUtc });
        b.HasOne<Platform>().WithMany().HasForeignKey(a => a.PlatformId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<BlacklistEntry>().WithMany().HasForeignKey(a => a.EntryId).OnDelete(DeleteBehavior.Cascade);
    }
}
