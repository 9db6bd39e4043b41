using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regulator.Domain.Blacklist;

namespace Regulator.Domain.Persistence.Configurations;

internal sealed class BlacklistEntryConfiguration : IEntityTypeConfiguration<BlacklistEntry>
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<BlacklistEntry> b)
    {
        b.Property(e => e.ProvinceCode).HasMaxLength(2).IsRequired();
        b.Property(e => e.IdentityCiphertext).IsRequired();
        b.Property(e => e.IdentityBlindIndex).HasMaxLength(32).IsRequired();
        b.Property(e => e.IdentityMasked).HasMaxLength(32).IsRequired();
        b.Property(e => e.Facts).HasMaxLength(BlacklistRules.MaxFactsLength).IsRequired();
        b.Property(e => e.Revision).IsConcurrencyToken();
        b.HasOne(e => e.Category).WithMany().HasForeignKey(e => e.CategoryId).OnDelete(DeleteBehavior.Restrict);
        // The history is only ever read with its entry, so it lives in the entry's row (as JSON) and is scoped with it.
        // A plain converted column rather than an owned JSON type: bulk loading can then write it with the rest of the
        // row, and saving a million entries takes a minute, not twenty. History is append-only, so its length says
        // whether it changed.
        b.Property(e => e.History).HasConversion(
            history => JsonSerializer.Serialize(history, JsonOptions),
            json => JsonSerializer.Deserialize<List<BlacklistHistoryEntry>>(json, JsonOptions) ?? new List<BlacklistHistoryEntry>(),
            new ValueComparer<List<BlacklistHistoryEntry>>((a, b) => a!.Count == b!.Count, history => history.Count, history => history.ToList()))
            .IsRequired();

        b.HasIndex(e => e.IdentityBlindIndex);
        b.HasIndex(e => new { e.State, e.UpdatedUtc, e.Id });
        b.HasIndex(e => new { e.ProvinceCode, e.State, e.UpdatedUtc, e.Id });
        b.HasIndex(e => new { e.State, e.EndsOn });
        // The dashboards' rollup reads the entries changed since its last run.
        b.HasIndex(e => e.UpdatedUtc);
    }
}
