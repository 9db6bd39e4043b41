using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regulator.Domain.Filings;
using Regulator.Domain.Platforms;

namespace Regulator.Domain.Persistence.Configurations;

internal sealed class FilingConfiguration : IEntityTypeConfiguration<Filing>
{
    public void Configure(EntityTypeBuilder<Filing> b)
    {
        b.Property(f => f.ProvinceCode).HasMaxLength(2).IsRequired();
        b.Property(f => f.PlatformPublisherId).HasMaxLength(FilingRules.MaxPublisherIdLength).IsRequired();
        b.Property(f => f.RealName).HasMaxLength(FilingRules.MaxNameLength).IsRequired();
        b.Property(f => f.IdentityCiphertext).HasMaxLength(128).IsRequired();
        b.Property(f => f.IdentityBlindIndex).HasMaxLength(32).IsRequired();
        b.Property(f => f.IdentityMasked).HasMaxLength(18).IsRequired();
        b.PrimitiveCollection(f => f.DisplayNames).IsRequired();
        b.Property(f => f.GuardianName).HasMaxLength(FilingRules.MaxNameLength);
        b.Property(f => f.GuardianIdentityCiphertext).HasMaxLength(128);
        b.Property(f => f.GuardianIdentityBlindIndex).HasMaxLength(32);
        b.Property(f => f.GuardianIdentityMasked).HasMaxLength(18);
        b.Property(f => f.StatusReason).HasMaxLength(2000);
        b.Property(f => f.ContentFingerprint).HasMaxLength(32).IsRequired();

        b.HasOne<Platform>().WithMany().HasForeignKey(f => f.PlatformId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(f => f.Submission).WithMany().HasForeignKey(f => f.SubmissionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(f => f.History).WithOne().HasForeignKey(h => h.FilingId).OnDelete(DeleteBehavior.Cascade);

        // Idempotent re-sends find their filing by the platform's own id.
        b.HasIndex(f => new { f.PlatformId, f.PlatformPublisherId }).IsUnique();
        // The reviewer list pages by (CreatedUtc, Id) descending, keyset; one index per leading filter it offers.
        b.HasIndex(f => new { f.ProvinceCode, f.Status, f.CreatedUtc, f.Id });
        b.HasIndex(f => new { f.ProvinceCode, f.CreatedUtc, f.Id });
        b.HasIndex(f => new { f.PlatformId, f.CreatedUtc, f.Id });
        b.HasIndex(f => new { f.Status, f.CreatedUtc, f.Id });
        b.HasIndex(f => new { f.CreatedUtc, f.Id });
        // Full-number search and the cross-platform link both match on the blind index.
        b.HasIndex(f => new { f.IdentityBlindIndex, f.PlatformId });
        // A spot-check draw reads a province's whole accepted population (ids and platforms only) from this index alone.
        b.HasIndex(f => new { f.ProvinceCode, f.Status, f.Agency, f.ContentKinds, f.PlatformId, f.Id }, "IX_Filings_SpotCheckPopulation");
        // Bulk acceptance of a clean submission.
        b.HasIndex(f => new { f.SubmissionId, f.Status });
    }
}
