using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regulator.Domain.Credit;

namespace Regulator.Domain.Persistence.Configurations.Credit;

internal sealed class CalendarAdjustmentConfiguration : IEntityTypeConfiguration<CalendarAdjustment>
{
    public void Configure(EntityTypeBuilder<CalendarAdjustment> b)
    {
        b.ToTable("CalendarAdjustments");
        b.HasKey(a => a.Day);
        b.Property(a => a.Name).HasMaxLength(50).IsRequired();
        b.Property(a => a.UpdatedBy).HasMaxLength(256).IsRequired();
        b.HasData(CalendarSeed.Days());
    }
}
