using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regulator.Domain.Filings;

namespace Regulator.Domain.Persistence.Configurations;

internal sealed class FilingHistoryEntryConfiguration : IEntityTypeConfiguration<FilingHistoryEntry>
{
    public void Configure(EntityTypeBuilder<FilingHistoryEntry> b)
    {
        b.ToTable("FilingHistory");
        b.Property(h => h.ProvinceCode).HasMaxLength(2).IsRequired();
        b.Property(h => h.Actor).HasMaxLength(256).IsRequired();
        b.Property(h => h.Reason).HasMaxLength(2000);
        b.Property(h => h.TypedNames).HasMaxLength(2 * FilingRules.MaxNameLength + 1);
        b.HasIndex(h => new { h.FilingId, h.OccurredUtc });
    }
}
