using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regulator.Domain.Blacklist;
using Regulator.Domain.Platforms;

namespace Regulator.Domain.Persistence.Configurations;

internal sealed class BlacklistCheckTallyConfiguration : IEntityTypeConfiguration<BlacklistCheckTally>
{
    public void Configure(EntityTypeBuilder<BlacklistCheckTally> b)
    {
        b.Property(t => t.ProvinceCode).HasMaxLength(2).IsRequired();
        b.HasIndex(t => new { t.PlatformId, t.Day }).IsUnique();
        b.HasIndex(t => new { t.ProvinceCode, t.Day });
        b.HasOne<Platform>().WithMany().HasForeignKey(t => t.PlatformId).OnDelete(DeleteBehavior.Cascade);
    }
}
