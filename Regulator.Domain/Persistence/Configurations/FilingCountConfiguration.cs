using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regulator.Domain.Filings;

namespace Regulator.Domain.Persistence.Configurations;

/// <summary>
/// <see cref="FilingCount"/>: no unique key over the properties, on purpose (the triggers only insert, so concurrent
/// intakes never lock a shared row). The triggers and their first rows are written in the migration
/// <c>FilingCounts</c> of each provider.
/// </summary>
internal sealed class FilingCountConfiguration : IEntityTypeConfiguration<FilingCount>
{
    public void Configure(EntityTypeBuilder<FilingCount> b)
    {
        b.ToTable("FilingCounts");
        b.Property(c => c.ProvinceCode).HasMaxLength(2);
        b.HasIndex(c => new { c.ProvinceCode, c.Status, c.PlatformId });
    }
}
