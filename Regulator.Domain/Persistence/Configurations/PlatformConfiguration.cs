using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regulator.Domain.Platforms;

namespace Regulator.Domain.Persistence.Configurations;

internal sealed class PlatformConfiguration : IEntityTypeConfiguration<Platform>
{
    public void Configure(EntityTypeBuilder<Platform> b)
    {
        b.Property(p => p.Name).HasMaxLength(200).IsRequired();
        b.Property(p => p.Uscc).HasMaxLength(18).IsRequired();
        b.HasIndex(p => p.Uscc).IsUnique();
        b.Property(p => p.ProvinceCode).HasMaxLength(2).IsRequired();
        b.HasIndex(p => new { p.ProvinceCode, p.Name });
        b.HasMany(p => p.Licences).WithOne().HasForeignKey(l => l.PlatformId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.ApiKeys).WithOne(k => k.Platform).HasForeignKey(k => k.PlatformId).OnDelete(DeleteBehavior.Cascade);
    }
}
