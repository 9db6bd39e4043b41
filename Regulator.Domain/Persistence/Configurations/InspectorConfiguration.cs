using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regulator.Domain.SpotChecks;

namespace Regulator.Domain.Persistence.Configurations;

internal sealed class InspectorConfiguration : IEntityTypeConfiguration<Inspector>
{
    public void Configure(EntityTypeBuilder<Inspector> b)
    {
        b.ToTable("Inspectors");
        b.Property(i => i.ProvinceCode).HasMaxLength(2).IsRequired();
        b.Property(i => i.Name).HasMaxLength(50).IsRequired();
        b.Property(i => i.UserId).HasMaxLength(450);
        b.Property(i => i.CertificateNumber).HasMaxLength(40).IsRequired();
        b.HasIndex(i => i.CertificateNumber).IsUnique();
        b.HasIndex(i => new { i.ProvinceCode, i.Agency, i.IsAvailable });
        b.HasIndex(i => i.UserId);
        b.HasMany(i => i.Conflicts).WithOne().HasForeignKey(c => c.InspectorId).OnDelete(DeleteBehavior.Cascade);
    }
}
