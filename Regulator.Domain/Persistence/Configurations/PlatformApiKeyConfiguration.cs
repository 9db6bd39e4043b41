using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regulator.Domain.Platforms;

namespace Regulator.Domain.Persistence.Configurations;

internal sealed class PlatformApiKeyConfiguration : IEntityTypeConfiguration<PlatformApiKey>
{
    public void Configure(EntityTypeBuilder<PlatformApiKey> b)
    {
        b.Property(k => k.Label).HasMaxLength(100);
        b.Property(k => k.Prefix).HasMaxLength(12).IsRequired();
        b.HasIndex(k => k.Prefix).IsUnique();
        b.Property(k => k.SecretHash).HasMaxLength(32).IsRequired();
        b.Property(k => k.CreatedBy).HasMaxLength(256);
        b.Ignore(k => k.IsActive);
    }
}
