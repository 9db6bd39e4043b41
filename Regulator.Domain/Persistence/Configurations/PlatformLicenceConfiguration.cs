using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regulator.Domain.Platforms;

namespace Regulator.Domain.Persistence.Configurations;

internal sealed class PlatformLicenceConfiguration : IEntityTypeConfiguration<PlatformLicence>
{
    public void Configure(EntityTypeBuilder<PlatformLicence> b)
    {
        b.Property(l => l.Number).HasMaxLength(64).IsRequired();
        b.HasIndex(l => new { l.PlatformId, l.Kind });
    }
}
