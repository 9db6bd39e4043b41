using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regulator.Domain.Blacklist;

namespace Regulator.Domain.Persistence.Configurations;

internal sealed class BlacklistEntryConfiguration : IEntityTypeConfiguration<BlacklistEntry>
{
    public void Configure(EntityTypeBuilder<BlacklistEntry> b)
    {
        b.Property(e => e.ProvinceCode).HasMaxLength(2).IsRequired();
        b.Property(e => e.IdentityCiphertext).IsRequired();
        b.Property(e => e.IdentityBlindIndex).HasMaxLength(32).IsRequired();
        b.Property(e => e.IdentityMasked).HasMaxLength(32).IsRequired();
        b.Property(e => e.Facts).HasMaxLength(BlacklistRules.MaxFactsLength).IsRequired();
        b.Property(e => e.Revision).IsConcurrencyToken();
        b.HasOne(e => e.Category).WithMany().HasForeignKey(e => e.CategoryId).OnDelete(DeleteBehavior.Restrict);
        // The history is only ever read with its entry, so it lives in the entry's row and is scoped with it.
        b.OwnsMany(e => e.History, h => h.ToJson());

        b.HasIndex(e => e.IdentityBlindIndex);
        b.HasIndex(e => new { e.State, e.UpdatedUtc, e.Id });
        b.HasIndex(e => new { e.ProvinceCode, e.State, e.UpdatedUtc, e.Id });
        b.HasIndex(e => new { e.State, e.EndsOn });
    }
}
