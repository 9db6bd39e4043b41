using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regulator.Domain.SpotChecks;

namespace Regulator.Domain.Persistence.Configurations;

internal sealed class SpotCheckPlanConfiguration : IEntityTypeConfiguration<SpotCheckPlan>
{
    public void Configure(EntityTypeBuilder<SpotCheckPlan> b)
    {
        b.ToTable("SpotCheckPlans");
        b.Property(p => p.ProvinceCode).HasMaxLength(2).IsRequired();
        b.Property(p => p.Title).HasMaxLength(200).IsRequired();
        b.PrimitiveCollection(p => p.CheckItemIds).IsRequired();
        b.Property(p => p.CreatedBy).HasMaxLength(256).IsRequired();
        b.Property(p => p.Version).IsConcurrencyToken();
        b.HasIndex(p => new { p.ProvinceCode, p.PeriodStart });
        // The public list reads closed plans by the day they go public.
        b.HasIndex(p => new { p.Status, p.PublishOn });
    }
}
