using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regulator.Domain.Credit;

namespace Regulator.Domain.Persistence.Configurations.Credit;

internal sealed class CreditSourceWatermarkConfiguration : IEntityTypeConfiguration<CreditSourceWatermark>
{
    public void Configure(EntityTypeBuilder<CreditSourceWatermark> b)
    {
        b.ToTable("CreditSourceWatermarks");
        b.HasKey(w => w.Source);
        b.Property(w => w.Source).HasMaxLength(40);
    }
}
