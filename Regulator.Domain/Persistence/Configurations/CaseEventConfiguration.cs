using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regulator.Domain.Reports;

namespace Regulator.Domain.Persistence.Configurations;

internal sealed class CaseEventConfiguration : IEntityTypeConfiguration<CaseEvent>
{
    public void Configure(EntityTypeBuilder<CaseEvent> b)
    {
        b.Property(e => e.ActorName).HasMaxLength(256);
        b.Property(e => e.Details).HasMaxLength(1000);
        b.Property(e => e.RoutedToProvinceCode).HasMaxLength(6);
        b.HasIndex(e => new { e.CaseId, e.OccurredUtc });
    }
}
