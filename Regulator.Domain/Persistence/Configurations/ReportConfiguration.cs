using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Regulator.Domain.Reports;

namespace Regulator.Domain.Persistence.Configurations;

internal sealed class ReportConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> b)
    {
        b.Property(r => r.ExternalId).HasMaxLength(64).IsRequired();
        // The idempotence guarantee: whatever the sender retries, a report id exists once.
        b.HasIndex(r => r.ExternalId).IsUnique();
        b.Property(r => r.PlatformName).HasMaxLength(200);
        b.Property(r => r.PlatformUscc).HasMaxLength(18);
        b.Property(r => r.AccountName).HasMaxLength(200);
        b.Property(r => r.AccountId).HasMaxLength(100);
        b.Property(r => r.RoomId).HasMaxLength(100);
        b.Property(r => r.Url).HasMaxLength(1000);
        b.Property(r => r.Description).HasMaxLength(4000).IsRequired();
        b.Property(r => r.ReporterContactMasked).HasMaxLength(100);
        b.Property(r => r.ProvinceCode).HasMaxLength(2).IsRequired();
        b.HasOne(r => r.Category).WithMany().HasForeignKey(r => r.CategoryId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(r => r.Case).WithMany(c => c.Reports).HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => new { r.CaseId, r.ReceivedUtc });
    }
}
