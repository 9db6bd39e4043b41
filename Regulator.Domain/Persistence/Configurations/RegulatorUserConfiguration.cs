using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regulator.Domain.Identity;

namespace Regulator.Domain.Persistence.Configurations;

internal sealed class RegulatorUserConfiguration : IEntityTypeConfiguration<RegulatorUser>
{
    public void Configure(EntityTypeBuilder<RegulatorUser> b)
    {
        b.Property(u => u.DisplayName).HasMaxLength(100);
        b.Property(u => u.ProvinceCode).HasMaxLength(2);
        b.HasIndex(u => u.ProvinceCode);
    }
}
