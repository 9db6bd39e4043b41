using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regulator.Domain.Credit;

namespace Regulator.Domain.Persistence.Configurations.Credit;

internal sealed class CreditRatingModelConfiguration : IEntityTypeConfiguration<CreditRatingModel>
{
    public void Configure(EntityTypeBuilder<CreditRatingModel> b)
    {
        b.ToTable("CreditRatingModels");
        b.Property(m => m.Notes).HasMaxLength(2000).IsRequired();
        b.Property(m => m.CreatedBy).HasMaxLength(256).IsRequired();
        b.Property(m => m.PublishedBy).HasMaxLength(256);
        b.Property(m => m.PublishReason).HasMaxLength(2000);
        b.HasIndex(m => m.Version).IsUnique();
        b.HasMany(m => m.Rules).WithOne().HasForeignKey(r => r.ModelId).OnDelete(DeleteBehavior.Cascade);
        b.HasData(CreditModelSeed.Version1());
    }
}
