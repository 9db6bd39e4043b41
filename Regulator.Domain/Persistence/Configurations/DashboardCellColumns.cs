using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regulator.Domain.Dashboards;

namespace Regulator.Domain.Persistence.Configurations;

/// <summary>The columns and indexes the daily and the monthly dashboard cells share, configured once.</summary>
internal static class DashboardCellColumns
{
    /// <summary>
    /// Maps <typeparamref name="TCell"/> to <paramref name="table"/>. National figures read a measure over a span of
    /// days (or months); provincial ones the same within one province; the rollup replaces a measure's span.
    /// </summary>
    public static void Configure<TCell>(EntityTypeBuilder<TCell> b, string table) where TCell : DashboardCell
    {
        b.ToTable(table);
        b.Property(t => t.Measure).HasMaxLength(32).IsRequired();
        b.Property(t => t.ProvinceCode).HasMaxLength(2).IsRequired();
        b.Property(t => t.Key).HasMaxLength(64).IsRequired();
        b.Property(t => t.Detail).HasMaxLength(32).IsRequired();
        b.HasIndex(t => new { t.Measure, t.Day });
        b.HasIndex(t => new { t.ProvinceCode, t.Measure, t.Day });
    }
}
